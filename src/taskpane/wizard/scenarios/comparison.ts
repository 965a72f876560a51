/**
 * The comparison view's content as data: one column per chosen scenario, one row per figure
 * (and per member in the union of the members), each cell with its text in the user's locale
 * and whether it differs from the first scenario's value. Values are compared, not texts.
 */
import { formatEuros, formatNumber } from "../../../core";
import { fill, type Language } from "../../i18n";
import { COMPARE_LABELS } from "../../i18n/compareLabels";
import { isLeadModel, type CostModel } from "../costSharing";
import type { CompareStrings } from "./compareStrings";
import { fte1 } from "../format";
import { contiguityOf, sum, verdictOf, type Value } from "./compareValues";
import type { Evaluated } from "./evaluateScenario";

export interface CompareCell {
  readonly text: string;
  /** Said to screen readers after the text (not a member, not computed). */
  readonly note?: string;
  readonly differs: boolean;
}
export interface CompareRow {
  readonly label: string;
  /** Figures (right-aligned, tabular) rather than words. */
  readonly numeric: boolean;
  readonly cells: readonly CompareCell[];
}
export interface CompareTable {
  readonly caption: string;
  readonly rowHeader: string;
  readonly rows: readonly CompareRow[];
}
export interface ComparedScenario {
  readonly name: string;
  readonly result: Evaluated;
  /** The registry codes of its members. */
  readonly codes: readonly string[];
  /** How its members share the costs (absent: a joint authority's, pro rata within the cap). */
  readonly model?: CostModel;
}

const same = (a: Value["key"], b: Value["key"]) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.005 : a === b;

function row(
  label: string,
  values: readonly Value[],
  t: CompareStrings,
  numeric = true
): CompareRow {
  const cells = values.map((v, i) => ({
    text: v.key === undefined || v.key === null ? "–" : (v.text ?? String(v.key)),
    note: v.key === null ? t.notMember : v.key === undefined ? t.notComputed : undefined,
    differs: i > 0 && !same(v.key, values[0].key),
  }));
  return { label, numeric, cells };
}

export function comparison(
  scenarios: readonly ComparedScenario[],
  t: CompareStrings,
  language: Language,
  name: (code: string) => string
): CompareTable[] {
  const n = (x: number) => formatNumber(x, language);
  const eur = (x: number) => formatEuros(x, language);
  const per = (f: (s: ComparedScenario) => Value) => scenarios.map(f);
  const num = (x: number | undefined, show = n): Value => ({
    key: x,
    text: x === undefined ? undefined : show(x),
  });
  const calc = (s: ComparedScenario) => s.result.calc;
  const budget = (s: ComparedScenario) => s.result.validation.values.get("budget");
  // A lead municipality's agreement has no cap: its cap and headroom say so, as the sheet does.
  const lead = (s: ComparedScenario) => isLeadModel(s.model ?? "joint");
  const sheet = COMPARE_LABELS[language];
  const capped = (x: (s: ComparedScenario) => number | undefined) => (s: ComparedScenario) =>
    lead(s) ? { key: "not applicable", text: sheet.plan.lead.notApplicable } : num(x(s), eur);
  const models = scenarios.some(lead)
    ? [
        row(
          sheet.costSharing,
          per((s) => ({ key: s.model ?? "joint", text: sheet.models[s.model ?? "joint"] })),
          t,
          false
        ),
      ]
    : [];
  const needTotal = (s: ComparedScenario) =>
    calc(s).needed ? calc(s).needed!.reduce((a, b) => a + b, 0) : undefined;
  const summary: CompareRow[] = [
    ...models,
    row(
      t.labourForce,
      per((s) => num(calc(s).total)),
      t
    ),
    row(t.verdict, per(verdictOf(t, n)), t, false),
    row(t.contiguity, per(contiguityOf(t, name)), t, false),
    row(
      t.subsidy,
      per((s) => num(sum(calc(s).subsidies), eur)),
      t
    ),
    row(
      t.budget,
      per((s) => num(budget(s), eur)),
      t
    ),
    row(t.cap, per(capped((s) => calc(s).cap)), t),
    row(t.headroom, per(capped((s) => calc(s).headroom)), t),
    ...t.lines.map((line, j) =>
      row(
        fill(t.need, { line }),
        per((s) => num(calc(s).needed?.[j])),
        t
      )
    ),
    row(
      t.needTotal,
      per((s) => num(needTotal(s))),
      t
    ),
  ];
  const union = [...new Set(scenarios.flatMap((s) => s.codes))].sort((a, b) =>
    name(a).localeCompare(name(b), language)
  );
  const perMember = (
    caption: string,
    list: (s: ComparedScenario) => readonly number[] | undefined,
    show: (x: number) => string
  ): CompareTable => ({
    caption,
    rowHeader: t.municipality,
    rows: union.map((code) =>
      row(
        name(code),
        per((s) => {
          const at = s.codes.indexOf(code);
          return at < 0 ? { key: null } : num(list(s)?.[at], show);
        }),
        t
      )
    ),
  });
  const fte = (x: number) => fte1(x, language);
  return [
    { caption: t.results, rowHeader: t.figure, rows: summary },
    perMember(t.subsidies, (s) => calc(s).subsidies, eur),
    perMember(t.payments, (s) => calc(s).payments, eur),
    perMember(t.split, (s) => calc(s).split, fte),
  ];
}
