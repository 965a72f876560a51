import { Body1 } from "@fluentui/react-components";
import { formatEuros } from "../../../core";
import { fill, SHEET_LABELS } from "../../i18n";
import { ScalarFields } from "../ScalarFields";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";
import { ResultTable } from "./ResultTable";

/** Step 4: the joint authority's cap, budget, members' payments, headroom and timetable. */
export function AuthorityStep({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t, calc, language } = w;
  const eur = (x: number) => formatEuros(x, language);
  return (
    <>
      <ScalarFields w={w} keys={["capRatio", "budget"]} />
      {calc.cap !== undefined && <Body1>{fill(t.paymentCap, { value: eur(calc.cap) })}</Body1>}
      {calc.headroom !== undefined && (
        <Body1 className={calc.headroom < 0 ? s.warning : undefined}>
          {fill(t.headroom, { value: eur(calc.headroom) })}
        </Body1>
      )}
      <ResultTable
        w={w}
        caption={t.steps[3]}
        columns={[
          { header: SHEET_LABELS[language].perMember[2], values: calc.subsidies, show: eur },
          { header: SHEET_LABELS[language].perMember[3], values: calc.payments, show: eur },
        ]}
      />
      <Body1>{t.timetable}</Body1>
    </>
  );
}
