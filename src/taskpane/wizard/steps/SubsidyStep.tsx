import { formatEuros } from "../../../core";
import { percent2 } from "../format";
import { SHEET_LABELS } from "../../i18n";
import { ScalarFields } from "../ScalarFields";
import type { Wizard } from "../useWizard";
import { ResultTable } from "./ResultTable";

/** Step 3: the state subsidy, its weights, each member's share and euros. */
export function SubsidyStep({ w }: { readonly w: Wizard }) {
  const { t, calc, language } = w;
  return (
    <>
      <ScalarFields w={w} keys={["amount", "workingAgeWeight"]} />
      <ResultTable
        w={w}
        caption={t.steps[2]}
        columns={[
          {
            header: SHEET_LABELS[language].perMember[1],
            values: calc.shares,
            show: (x) => percent2(x, language),
          },
          {
            header: SHEET_LABELS[language].perMember[2],
            values: calc.subsidies,
            show: (x) => formatEuros(x, language),
          },
        ]}
      />
    </>
  );
}
