import { Body1 } from "@fluentui/react-components";
import { formatEuros } from "../../../core";
import { fill } from "../../i18n";
import { amount2 } from "../format";
import { hyphenate } from "../hyphenate";
import { ScalarFields } from "../ScalarFields";
import { useWizardStyles } from "../Wizard.styles";
import { CostModelChoice } from "./CostModelChoice";
import { LeadAgreement } from "./LeadAgreement";
import { ResultTable } from "./ResultTable";
import { YearSubsidies } from "./YearSubsidies";
import { timetable, yearHeaders, YearsTable } from "./YearsTable";
import type { useAuthorityStep } from "./useAuthorityStep";

/**
 * Step 4: how the members share the costs — the joint authority's cap, budgets of three years,
 * payments, headroom and timetable; or a lead municipality's agreement (no cap) — and each
 * year's members' payments.
 */
export function AuthorityStep(p: ReturnType<typeof useAuthorityStep>) {
  const s = useWizardStyles();
  const { t, language, cap, headroom, years, budgetYear, lead } = p;
  const eur = (x: number) => formatEuros(x, language);
  // In the tables the euro sign is in the caption: three years of "6 500 000,00" fit 420 px.
  const amount = (x: number) => amount2(x, language);
  // "suunnitteluvuosi" is wider than its column of euros at 420 px: it may break at its syllables.
  const headers = yearHeaders(t, budgetYear).map((h) => hyphenate(h, language));
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
      {years && <YearsTable t={t} years={years} headers={headers} show={amount} lead={lead} />}
      <ResultTable
        t={t}
        members={p.members}
        caption={t.yearPayments}
        columns={headers.map((h, j) => ({ header: h, values: byYear(j), show: amount }))}
      />
      {!lead && <Body1>{timetable(t, budgetYear)}</Body1>}
    </>
  );
}
