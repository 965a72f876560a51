import { Body1, Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { fill } from "../../i18n";
import { verdictHolds } from "../summary/verdict";
import { Verdict } from "../summary/Verdict";
import { useWizardStyles } from "../Wizard.styles";
import type { SummaryStepProps } from "./useSummaryStep";

const SheetPreview = lazy(
  () => import(/* webpackChunkName: "sheet-preview" */ "../../preview/SheetPreview")
);

/** Step 6: the verdict in words, then Create (or Update) the worksheet, print, and the preview. */
export function SummaryStep(p: SummaryStepProps) {
  const s = useWizardStyles();
  const { t, created, stale, busy } = p;
  const [seen, setSeen] = useState(false);
  const holds = verdictHolds(p.lines);
  return (
    <>
      <Verdict
        t={t}
        language={p.language}
        lines={p.lines}
        members={p.members}
        calc={p.calc}
        goToStep={p.goToStep}
      />
      <Body1>{t.summaryIntro}</Body1>
      {!holds && p.canCreate && (
        <Checkbox
          checked={seen}
          onChange={(_, d) => setSeen(d.checked === true)}
          label={t.verdictSeen}
        />
      )}
      {created && stale && (
        <MessageBar intent="warning" data-testid="sheet-stale">
          <MessageBarBody>{fill(t.outOfDate, { name: created.name })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.buttons}>
        {created && stale ? (
          <Button
            appearance="primary"
            disabled={!p.canCreate || busy}
            onClick={() => void p.updateSheet()}
          >
            {t.update}
          </Button>
        ) : null}
        <Button
          appearance={created && stale ? "secondary" : "primary"}
          disabled={!p.canCreate || busy || (!holds && !seen) || (created && !stale)}
          onClick={() => void p.createSheet()}
        >
          {busy ? t.creating : created ? t.createNew : t.create}
        </Button>
        <Button onClick={p.print}>{t.print}</Button>
      </div>
      {created && !stale && (
        <>
          <MessageBar intent={created.errorCells.length ? "warning" : "success"}>
            <MessageBarBody>
              {fill(t.created, { name: created.name })}
              {created.errorCells.length > 0 &&
                ` ${fill(t.errorCells, { cells: created.errorCells.join(", ") })}`}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="secondary" onClick={() => void p.goToSheet(created.name)}>
              {fill(t.goToSheet, { name: created.name })}
            </Button>
          </div>
          {p.download && (
            <div>
              <Button onClick={() => void p.download?.(created.name)}>{t.download}</Button>
            </div>
          )}
          {p.workbook && (
            <Suspense fallback={<Body1>{t.loading}</Body1>}>
              <SheetPreview
                host={p.workbook}
                name={created.name}
                revision={created}
                language={p.language}
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
