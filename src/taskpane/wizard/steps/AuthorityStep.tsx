import { Body1 } from "@fluentui/react-components";
import { formatEuros } from "../../../core";
import { fill } from "../../i18n";
import { isLeadModel } from "../costSharing";
import { amount2 } from "../format";
import { ScalarFields } from "../ScalarFields";
import { namedMembers, scalarFields } from "../stepSlices";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";
import { CostModelChoice } from "./CostModelChoice";
import { costSharingSlice } from "./costSharingSlice";
import { LeadAgreement } from "./LeadAgreement";
import { ResultTable } from "./ResultTable";
import { YearSubsidies } from "./YearSubsidies";
import { timetable, yearHeaders, YearsTable } from "./YearsTable";

/** The step's state: the model, its fields, the cap and headroom (joint authority) and the members' euros. */
export const useAuthorityStep = (w: Wizard) => {
  const sharing = costSharingSlice(w);
  const lead = isLeadModel(sharing.model);
  const fields = scalarFields(
    w,
    lead
      ? ["budget", "budgetPlan1", "budgetPlan2"]
      : ["capRatio", "budget", "budgetPlan1", "budgetPlan2"]
  );
  return {
    t: w.t,
    language: w.language,
    sharing,
    lead,
    // A lead municipality's budget is not the joint authority's: its label says so.
    fields: lead ? fields.map((f, i) => (i === 0 ? { ...f, label: w.t.leadBudget } : f)) : fields,
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
  };
};

/**
 * Step 4: how the members share the costs — the joint authority's cap, budgets of three years,
 * payments, headroom and timetable; or a lead municipality's agreement (no cap) — and each
 * year's members' payments.
 */
export function AuthorityStep(p: ReturnType<typeof useAuthorityStep>) {
  const s = useWizardStyles();
  const { t, language, cap, headroom, years, budgetYear, lead } = p;
  const eur = (x: number) => formatEuros(x, language);
  const headers = yearHeaders(t, budgetYear);
  const byYear = (j: number) => years?.payments?.map((row) => row[j]);
  return (
    <>
      <CostModelChoice t={t} model={p.sharing.model} onChange={p.sharing.setModel} />
      <ScalarFields fields={p.fields} />
      {lead && <Body1 id="no-cap">{t.noCap}</Body1>}
      {lead && <LeadAgreement t={t} language={language} sharing={p.sharing} />}
      {!lead && cap !== undefined && <Body1>{fill(t.paymentCap, { value: eur(cap) })}</Body1>}
      {!lead && headroom !== undefined && (
        <Body1 className={headroom < 0 ? s.warning : undefined}>
          {fill(t.headroom, { value: eur(headroom) })}
        </Body1>
      )}
      {!lead && (
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
      )}
      {years && <YearsTable t={t} years={years} headers={headers} show={eur} lead={lead} />}
      <ResultTable
        t={t}
        members={p.members}
        caption={t.yearPayments}
        columns={headers.map((h, j) => ({ header: h, values: byYear(j), show: eur }))}
      />
      {!lead && <Body1>{timetable(t, budgetYear)}</Body1>}
    </>
  );
}
