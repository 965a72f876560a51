import { Body1 } from "@fluentui/react-components";
import { formatNumber } from "../../../core";
import { fill, SHEET_LABELS } from "../../i18n";
import { fte1 } from "../format";
import { ScalarFields } from "../ScalarFields";
import { staffLine } from "../summary/verdict";
import { useWizardStyles } from "../Wizard.styles";
import type { Wizard } from "../useWizard";
import { ResultTable } from "./ResultTable";

/** Step 5: caseload targets, FTE needed per service line, transferring FTE split by clients. */
export function StaffingStep({ w }: { readonly w: Wizard }) {
  const { t, calc, language } = w;
  const fte = (x: number) => formatNumber(x, language);
  const needed = calc.needed;
  const s = useWizardStyles();
  const staff = staffLine(calc, w.validation, t, language);
  return (
    <>
      <ScalarFields w={w} keys={["targetMulti", "targetSkills", "targetCoach", "transferFte"]} />
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
        w={w}
        caption={t.fteSplit}
        columns={[
          {
            header: SHEET_LABELS[language].perMember[4],
            values: calc.split,
            show: (x) => fte1(x, language),
          },
        ]}
      />
    </>
  );
}
