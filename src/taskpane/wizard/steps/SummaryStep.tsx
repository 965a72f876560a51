import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { fill } from "../../i18n";
import type { Wizard } from "../useWizard";

const SheetPreview = lazy(
  () => import(/* webpackChunkName: "sheet-preview" */ "../../preview/SheetPreview")
);

/** Step 6: what is still wrong (per step), then Create worksheet and the link to it. */
export function SummaryStep({ w }: { readonly w: Wizard }) {
  const { t } = w;
  const problems = [0, 1, 2, 3, 4]
    .map((s) => ({ s, count: w.stepErrors(s).length }))
    .filter((p) => p.count > 0);
  return (
    <>
      <Body1>{t.summaryIntro}</Body1>
      {problems.length > 0 && (
        <ul data-testid="summary-problems">
          {problems.map(({ s, count }) => (
            <li key={s}>
              <Button appearance="transparent" onClick={() => w.setStep(s)}>
                {`${t.steps[s]}: ${fill(t.fixErrors, { count })}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button appearance="primary" disabled={!w.plan || w.busy} onClick={() => void w.create()}>
          {w.busy ? t.creating : t.create}
        </Button>
      </div>
      {w.created && (
        <>
          <MessageBar intent={w.created.errorCells.length ? "warning" : "success"}>
            <MessageBarBody>
              {fill(t.created, { name: w.created.name })}
              {w.created.errorCells.length > 0 &&
                ` ${fill(t.errorCells, { cells: w.created.errorCells.join(", ") })}`}
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button appearance="secondary" onClick={() => void w.goToSheet(w.created!.name)}>
              {fill(t.goToSheet, { name: w.created.name })}
            </Button>
          </div>
          {w.host.kind === "memory" && (
            <Suspense fallback={null}>
              <SheetPreview
                host={w.host}
                name={w.created.name}
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
