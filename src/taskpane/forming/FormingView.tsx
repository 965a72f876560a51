import { Body1, Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { fill } from "../../core";
import type { WorkbookHost } from "../../host";
import type { PreviewCapabilities } from "../capabilities";
import { STRINGS, type Language } from "../i18n";
import { parseUserNumber } from "../wizard/parseUserNumber";
import { regionOptions } from "../wizard/presets/regionOptions";
import { municipalityName } from "../wizard/registry";
import { useWizardStyles } from "../wizard/Wizard.styles";
import { AreasTable } from "./AreasTable";
import { FiguresTable } from "./FiguresTable";
import * as state from "./formingState";
import { propose } from "./proposal";
import { FORMING_STRINGS } from "./strings";
import { useFormingSheet } from "./useFormingSheet";

const AreasMap = lazy(() => import(/* webpackChunkName: "map" */ "./AreasMap"));
const SheetPreview = lazy(
  () => import(/* webpackChunkName: "sheet-preview" */ "../preview/SheetPreview")
);

/** The Form areas view: a region or a pasted table → FORMAREAS's proposal → a live sheet. */
export function FormingView({
  host,
  language,
  preview,
}: {
  readonly host: WorkbookHost;
  readonly language: Language;
  readonly preview?: PreviewCapabilities;
}) {
  const s = useWizardStyles();
  const f = FORMING_STRINGS[language];
  const t = STRINGS[language];
  const [st, setSt] = useState(state.initialState);
  const name = useCallback((c: string) => municipalityName(c, language), [language]);
  const { status, created, create } = useFormingSheet(host, language, name);
  const regions = useMemo(() => regionOptions(state.regions(), language), [language]);
  const table = useMemo(() => state.tableOf(st, language), [st, language]);
  const minimum = parseUserNumber(st.minimum, 0, language);
  const ready = table.rows.length > 0 && table.missing.length === 0 && minimum !== undefined;
  const proposal = useMemo(
    () => (ready ? propose(table.rows, minimum!, language) : undefined),
    [ready, table, minimum, language]
  );
  return (
    <section className={s.root} aria-labelledby="forming-heading">
      <h2 id="forming-heading" className={s.heading}>
        {f.heading}
      </h2>
      <Body1>{f.intro}</Body1>
      <Field label={f.region}>
        <Select value={st.region} onChange={(_, d) => setSt(state.chooseRegion(st, d.value))}>
          <option value="">{f.regionNone}</option>
          {regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={f.paste}>
        <Textarea
          resize="vertical"
          onChange={(_, d) => setSt(state.pasteTable(st, d.value, language))}
        />
      </Field>
      {st.skipped.length > 0 && (
        <Body1 as="p" block>
          {fill(f.skipped, { lines: st.skipped.join("; ") })}
        </Body1>
      )}
      <Field label={f.minimum}>
        <Input
          inputMode="numeric"
          value={st.minimum}
          onChange={(_, d) => setSt({ ...st, minimum: d.value })}
        />
      </Field>
      {st.entries.length > 0 && (
        <FiguresTable
          codes={st.entries.map((e) => e.code)}
          text={(c) => st.entries.find((e) => e.code === c)?.text ?? ""}
          idPrefix="form"
          label={f.colLabourForce}
          caption={f.tableCaption}
          name={name}
          onChange={(c, text) => setSt(state.setFigure(st, c, text))}
        />
      )}
      {table.missing.length > 0 && st.entries.length > 0 && (
        <Body1>
          {fill(f.missing, {
            count: table.missing.length,
            names: table.missing.map(name).join(", "),
          })}
        </Body1>
      )}
      {proposal && !proposal.ok && (
        <Body1 className={s.warning} data-testid="forming-error">
          {proposal.message}
        </Body1>
      )}
      {proposal?.ok && <AreasTable areas={proposal.areas} language={language} name={name} />}
      {proposal?.ok && (
        <Suspense fallback={null}>
          <AreasMap areas={proposal.areas} language={language} name={name} />
        </Suspense>
      )}
      {proposal?.ok && (
        <div className={s.buttons}>
          <Button
            appearance="primary"
            onClick={() => void create(table.rows, minimum!, proposal.areas.length)}
          >
            {f.create}
          </Button>
        </div>
      )}
      <Body1 role="status" className={s.status} data-testid="forming-status">
        {status}
      </Body1>
      {preview && created && (
        <Suspense fallback={<Body1>{t.loading}</Body1>}>
          <SheetPreview
            host={preview.workbook}
            name={created}
            language={language}
            title={t.previewTitle}
            chartsTitle={t.chartsTitle}
          />
        </Suspense>
      )}
    </section>
  );
}
