import { Body1, Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef } from "react";
import { fill } from "../../i18n";
import type { Wizard } from "../useWizard";
import type { SheetStore } from "../useWrittenSheet";
import { useWizardStyles } from "../Wizard.styles";
import { CompareTableView } from "./CompareTableView";
import { useCompareStyles } from "./CompareView.styles";
import { useCompareView } from "./useCompareView";

const SheetPreview = lazy(
  () => import(/* webpackChunkName: "sheet-preview" */ "../../preview/SheetPreview")
);

/**
 * The scenarios side by side (a lazy chunk): choose which, read the differences, go to an
 * incomplete scenario's step, and create the comparison sheet.
 */
export function CompareView(p: {
  readonly w: Wizard;
  /** The comparison sheet made so far (kept by the wizard while the view comes and goes). */
  readonly sheets: SheetStore;
  readonly onBack: () => void;
  readonly onGoTo: (scenario: string, step: number) => void;
}) {
  const v = useCompareView(p.w, p.sheets);
  const ws = useWizardStyles();
  const s = useCompareStyles();
  const { t, c, sheet } = v;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h2 id="compare-heading" ref={heading} tabIndex={-1} className={ws.heading}>
        {c.title}
      </h2>
      <fieldset className={s.choose}>
        <legend>{c.choose}</legend>
        {v.all.map((x) => (
          <Checkbox
            key={x.id}
            label={x.name}
            checked={v.chosenIds.has(x.id)}
            onChange={(_, d) => v.toggle(x.id, d.checked === true)}
          />
        ))}
      </fieldset>
      {v.names.length < 2 && <Body1>{c.needTwo}</Body1>}
      {v.incomplete.length > 0 && (
        <ul className={s.list} data-testid="compare-incomplete">
          {v.incomplete.map((x) => (
            <li key={x.id}>
              {fill(c.incomplete, { name: x.name, step: t.steps[x.step] })}{" "}
              <Button appearance="transparent" size="small" onClick={() => p.onGoTo(x.id, x.step)}>
                {fill(c.goTo, { name: x.name, step: t.steps[x.step] })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {v.legend && <Body1>{v.legend}</Body1>}
      {v.tables.map((table) => (
        <CompareTableView key={table.caption} c={c} table={table} names={v.names} />
      ))}
      <div className={ws.buttons}>
        {sheet.created && sheet.stale && (
          <Button
            appearance="primary"
            disabled={!v.sheetReady || sheet.busy}
            onClick={() => void sheet.update()}
          >
            {t.update}
          </Button>
        )}
        <Button
          appearance={sheet.created && sheet.stale ? "secondary" : "primary"}
          disabled={!v.sheetReady || sheet.busy || (sheet.created !== undefined && !sheet.stale)}
          onClick={() => void sheet.create()}
        >
          {sheet.busy ? t.creating : c.create}
        </Button>
      </div>
      {sheet.created && (
        <MessageBar intent={sheet.stale ? "warning" : "success"}>
          <MessageBarBody>
            {fill(sheet.stale ? t.outOfDate : t.created, { name: sheet.created.name })}{" "}
            <Button size="small" onClick={() => void v.goToSheet(sheet.created!.name)}>
              {fill(t.goToSheet, { name: sheet.created.name })}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {sheet.created && p.w.preview?.workbook && (
        <Suspense fallback={<Body1>{t.loading}</Body1>}>
          <SheetPreview
            host={p.w.preview.workbook}
            name={sheet.created.name}
            revision={sheet.created}
            language={v.language}
            title={t.previewTitle}
            chartsTitle={t.chartsTitle}
          />
        </Suspense>
      )}
      <div className={ws.actions}>
        <Button onClick={p.onBack}>{c.back}</Button>
      </div>
    </>
  );
}
