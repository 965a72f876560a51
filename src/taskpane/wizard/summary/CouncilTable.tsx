import { formatEuros, formatNumber } from "../../../core";
import { SHEET_LABELS } from "../../i18n";
import { fte1, percent2 } from "../format";
import type { Calculations } from "../calculate";
import type { Language, UiStrings as Strings } from "../../i18n";
import { useWizardStyles } from "../Wizard.styles";

/** A member as the council table shows it: name and labour force (undefined when not valid). */
export interface CouncilMember {
  readonly code: string;
  readonly name: string;
  readonly labourForce: number | undefined;
}

/**
 * The members' table of the council summary: labour force, share, subsidy, (a lead
 * municipality's agreed share,) payment and FTE, with totals.
 */
export function CouncilTable({
  t,
  language,
  members,
  calc,
}: {
  readonly t: Strings;
  readonly language: Language;
  readonly members: readonly CouncilMember[];
  readonly calc: Calculations;
}) {
  const s = useWizardStyles();
  const sum = (xs?: readonly number[]) => xs?.reduce((a, b) => a + b, 0);
  const cols: { h: string; v?: readonly number[]; f: (x: number) => string }[] = [
    {
      h: t.colLabourForce,
      v: members.map((m) => m.labourForce ?? 0),
      f: (x) => formatNumber(x, language),
    },
    { h: SHEET_LABELS[language].perMember[1], v: calc.shares, f: (x) => percent2(x, language) },
    {
      h: SHEET_LABELS[language].perMember[2],
      v: calc.subsidies,
      f: (x) => formatEuros(x, language),
    },
    // A lead municipality's agreed share, beside the payment it gives (none for a joint authority).
    ...(calc.agreedShares
      ? [{ h: t.colAgreedShare, v: calc.agreedShares, f: (x: number) => percent2(x, language) }]
      : []),
    {
      h: SHEET_LABELS[language].perMember[3],
      v: calc.payments,
      f: (x) => formatEuros(x, language),
    },
    { h: SHEET_LABELS[language].perMember[4], v: calc.split, f: (x) => fte1(x, language) },
  ];
  return (
    <table className={s.table}>
      <thead>
        <tr>
          <th scope="col">{t.colMunicipality}</th>
          {cols.map((c) => (
            <th key={c.h} scope="col" className={s.number}>
              {c.h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {members.map((m, i) => (
          <tr key={m.code}>
            <th scope="row">{m.name}</th>
            {cols.map((c) => (
              <td key={c.h} className={s.number}>
                {c.v ? c.f(c.v[i]) : "–"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.colTotal}</th>
          {cols.map((c) => (
            <td key={c.h} className={s.number}>
              {c.v ? c.f(sum(c.v)!) : "–"}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
