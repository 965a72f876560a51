import { Body1 } from "@fluentui/react-components";
import { formatEuros } from "../../../core";
import { fill, SHEET_LABELS } from "../../i18n";
import { ScalarFields } from "../ScalarFields";
import { namedMembers, scalarFields } from "../stepSlices";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";
import { ResultTable } from "./ResultTable";

/** The authority step's state: its fields, the cap, the headroom and the members' euros. */
export const useAuthorityStep = (w: Wizard) => ({
  t: w.t,
  language: w.language,
  fields: scalarFields(w, ["capRatio", "budget"]),
  members: namedMembers(w),
  cap: w.calc.cap,
  headroom: w.calc.headroom,
  subsidies: w.calc.subsidies,
  payments: w.calc.payments,
});

/** Step 4: the joint authority's cap, budget, members' payments, headroom and timetable. */
export function AuthorityStep(p: ReturnType<typeof useAuthorityStep>) {
  const s = useWizardStyles();
  const { t, language, cap, headroom } = p;
  const eur = (x: number) => formatEuros(x, language);
  return (
    <>
      <ScalarFields fields={p.fields} />
      {cap !== undefined && <Body1>{fill(t.paymentCap, { value: eur(cap) })}</Body1>}
      {headroom !== undefined && (
        <Body1 className={headroom < 0 ? s.warning : undefined}>
          {fill(t.headroom, { value: eur(headroom) })}
        </Body1>
      )}
      <ResultTable
        t={t}
        members={p.members}
        caption={t.steps[3]}
        columns={[
          { header: SHEET_LABELS[language].perMember[2], values: p.subsidies, show: eur },
          { header: SHEET_LABELS[language].perMember[3], values: p.payments, show: eur },
        ]}
      />
      <Body1>{t.timetable}</Body1>
    </>
  );
}
