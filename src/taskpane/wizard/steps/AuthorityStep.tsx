import { Body1 } from "@fluentui/react-components";
import { formatEuros } from "../../../core";
import { fill } from "../../i18n";
import { amount2 } from "../format";
import { ScalarFields } from "../ScalarFields";
import { namedMembers, scalarFields } from "../stepSlices";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";
import { ResultTable } from "./ResultTable";
import { YearSubsidies } from "./YearSubsidies";
import { timetable, yearHeaders, YearsTable } from "./YearsTable";

/** The authority step's state: its fields, the cap, the headroom and the members' euros. */
export const useAuthorityStep = (w: Wizard) => ({
  t: w.t,
  language: w.language,
  fields: scalarFields(w, ["capRatio", "budget", "budgetPlan1", "budgetPlan2"]),
  members: namedMembers(w),
  cap: w.calc.cap,
  headroom: w.calc.headroom,
  years: w.calc.years,
  typed: w.inputs.yearSubsidies,
  computed: w.calc.subsidies?.map((x) => amount2(x, w.language)),
  errorOf: w.errorOf,
  setYearSubsidy: w.setYearSubsidy,
  touch: w.touch,
  /** The budget year: the year after the one the figures are from. */
  budgetYear: w.startYear === undefined ? undefined : w.startYear + 1,
});

/** Step 4: the joint authority's cap, budgets of three years, members' payments, headroom and timetable. */
export function AuthorityStep(p: ReturnType<typeof useAuthorityStep>) {
  const s = useWizardStyles();
  const { t, language, cap, headroom, years, budgetYear } = p;
  const eur = (x: number) => formatEuros(x, language);
  const headers = yearHeaders(t, budgetYear);
  const byYear = (j: number) => years?.payments?.map((row) => row[j]);
  return (
    <>
      <ScalarFields fields={p.fields} />
      {cap !== undefined && <Body1>{fill(t.paymentCap, { value: eur(cap) })}</Body1>}
      {headroom !== undefined && (
        <Body1 className={headroom < 0 ? s.warning : undefined}>
          {fill(t.headroom, { value: eur(headroom) })}
        </Body1>
      )}
      <YearSubsidies
        t={t}
        members={p.members}
        headers={headers}
        typed={p.typed}
        computed={p.computed}
        errorOf={p.errorOf}
        onChange={p.setYearSubsidy}
        onTouch={p.touch}
      />
      {years && <YearsTable t={t} years={years} headers={headers} show={eur} />}
      <ResultTable
        t={t}
        members={p.members}
        caption={t.yearPayments}
        columns={headers.map((h, j) => ({ header: h, values: byYear(j), show: eur }))}
      />
      <Body1>{timetable(t, budgetYear)}</Body1>
    </>
  );
}
