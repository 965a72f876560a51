import { formatEuros, formatNumber } from "../../../core";
import { SHEET_LABELS } from "../../i18n";
import { fte1, percent2 } from "../format";
import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";

/** The members' table of the council summary: labour force, share, subsidy, payment and FTE, with totals. */
export function CouncilTable({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t, calc, language } = w;
  const lf = (code: string) => w.validation.values.get(`m:${code}:labourForce`);
  const sum = (xs?: readonly number[]) => xs?.reduce((a, b) => a + b, 0);
  const cols: { h: string; v?: readonly number[]; f: (x: number) => string }[] = [
    {
      h: t.colLabourForce,
      v: w.inputs.members.map((m) => lf(m.code) ?? 0),
      f: (x) => formatNumber(x, language),
    },
    { h: SHEET_LABELS[language].perMember[1], v: calc.shares, f: (x) => percent2(x, language) },
    {
      h: SHEET_LABELS[language].perMember[2],
      v: calc.subsidies,
      f: (x) => formatEuros(x, language),
    },
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
        {w.inputs.members.map((m, i) => (
          <tr key={m.code}>
            <th scope="row">{w.name(m.code)}</th>
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
