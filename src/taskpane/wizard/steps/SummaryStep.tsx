import { Body1, Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { MemoryHost } from "../../../host/memoryHost";
import { downloadFile } from "../../download";
import { fill } from "../../i18n";
import { verdict, verdictHolds } from "../summary/verdict";
import { Verdict } from "../summary/Verdict";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";

/** The created sheet as .xlsx (the preview's exporter loads its writer only when asked). */
async function downloadSheet(preview: MemoryHost, name: string) {
  const sheet = preview.sheet(name);
  if (!sheet) return;
  downloadFile(await preview.exportSheet(name), `${sheet.name}.xlsx`);
}

const SheetPreview = lazy(
  () => import(/* webpackChunkName: "sheet-preview" */ "../../preview/SheetPreview")
);

/** Step 6: the verdict in words, then Create (or Update) the worksheet, print, and the preview. */
export function SummaryStep({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t, sheet } = w;
  const [seen, setSeen] = useState(false);
  const lines = useMemo(
    () => verdict(w.calc, w.validation, t, w.language, w.name),
    [w.calc, w.validation, t, w.language, w.name]
  );
  const holds = verdictHolds(lines);
  const created = sheet.created;
  return (
    <>
      <Verdict w={w} lines={lines} />
      <Body1>{t.summaryIntro}</Body1>
      {!holds && w.plan && (
        <Checkbox
          checked={seen}
          onChange={(_, d) => setSeen(d.checked === true)}
          label={t.verdictSeen}
        />
      )}
      {created && sheet.stale && (
        <MessageBar intent="warning" data-testid="sheet-stale">
          <MessageBarBody>{fill(t.outOfDate, { name: created.name })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.buttons}>
        {created && sheet.stale ? (
          <Button
            appearance="primary"
            disabled={!w.plan || sheet.busy}
            onClick={() => void sheet.update()}
          >
            {t.update}
          </Button>
        ) : null}
        <Button
          appearance={created && sheet.stale ? "secondary" : "primary"}
          disabled={!w.plan || sheet.busy || (!holds && !seen) || (created && !sheet.stale)}
          onClick={() => void sheet.create()}
        >
          {sheet.busy ? t.creating : created ? t.createNew : t.create}
        </Button>
        <Button onClick={() => window.print()}>{t.print}</Button>
      </div>
      {created && !sheet.stale && (
        <>
          <MessageBar intent={created.errorCells.length ? "warning" : "success"}>
            <MessageBarBody>
              {fill(t.created, { name: created.name })}
              {created.errorCells.length > 0 &&
                ` ${fill(t.errorCells, { cells: created.errorCells.join(", ") })}`}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="secondary" onClick={() => void w.goToSheet(created.name)}>
              {fill(t.goToSheet, { name: created.name })}
            </Button>
          </div>
          {w.preview && (
            <div>
              <Button onClick={() => void downloadSheet(w.preview!, created.name)}>
                {t.download}
              </Button>
            </div>
          )}
          {w.preview && (
            <Suspense fallback={<Body1>{t.loading}</Body1>}>
              <SheetPreview
                host={w.preview}
                name={created.name}
                language={w.language}
                title={t.previewTitle}
                chartsTitle={t.chartsTitle}
              />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}
