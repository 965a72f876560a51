import { Body1 } from "@fluentui/react-components";
import { formatNumber } from "../../../core";
import { fill, SHEET_LABELS } from "../../i18n";
import { fte1 } from "../format";
import { ScalarFields } from "../ScalarFields";
import { useWizardStyles } from "../Wizard.styles";
import { ResultTable } from "./ResultTable";
import type { useStaffingStep } from "./useStaffingStep";

/** Step 5: caseload targets, FTE needed per service line, transferring FTE split by clients. */
export function StaffingStep(p: ReturnType<typeof useStaffingStep>) {
  const { t, language, needed, staff } = p;
  const fte = (x: number) => formatNumber(x, language);
  const s = useWizardStyles();
  return (
    <>
      <ScalarFields fields={p.fields} />
      {needed && (
        <Body1>
          {fill(t.fteNeeded, {
            a: fte(needed[0]),
            b: fte(needed[1]),
            c: fte(needed[2]),
            total: fte(needed[0] + needed[1] + needed[2]),
          })}
        </Body1>
      )}
      {staff && (
        <Body1 className={staff.ok ? s.ok : s.warning} data-testid="staff-balance">
          {staff.text}
        </Body1>
      )}
      <ResultTable
        t={t}
        members={p.members}
        caption={t.fteSplit}
        columns={[
          {
            header: SHEET_LABELS[language].perMember[4],
            values: p.split,
            show: (x) => fte1(x, language),
          },
        ]}
      />
    </>
  );
}
