import { formatEuros } from "../../../core";
import { percent2 } from "../format";
import { SHEET_LABELS } from "../../i18n";
import { ScalarFields } from "../ScalarFields";
import { ResultTable } from "./ResultTable";
import type { useSubsidyStep } from "./useSubsidyStep";

/** Step 3: the state subsidy, its weights, each member's share and euros. */
export function SubsidyStep(p: ReturnType<typeof useSubsidyStep>) {
  const { t, language } = p;
  return (
    <>
      <ScalarFields fields={p.fields} />
      <ResultTable
        t={t}
        members={p.members}
        caption={t.steps[2]}
        columns={[
          {
            header: SHEET_LABELS[language].perMember[1],
            values: p.shares,
            show: (x) => percent2(x, language),
          },
          {
            header: SHEET_LABELS[language].perMember[2],
            values: p.subsidies,
            show: (x) => formatEuros(x, language),
          },
        ]}
      />
    </>
  );
}
