import type { Wizard } from "../useWizard";
import { useWizardStyles } from "../Wizard.styles";

export interface ResultColumn {
  readonly header: string;
  readonly values: readonly number[] | undefined;
  readonly show: (n: number) => string;
}

/** One row per member with computed columns (shares, euros, FTE); nothing until computable. */
export function ResultTable({
  w,
  caption,
  columns,
}: {
  readonly w: Wizard;
  readonly caption: string;
  readonly columns: readonly ResultColumn[];
}) {
  const s = useWizardStyles();
  if (columns.some((c) => !c.values)) return null;
  return (
    // Focusable and named, so a keyboard user can scroll it when it is wider than the pane.
    <div className={s.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={s.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.t.colMunicipality}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {w.inputs.members.map((m, i) => (
            <tr key={m.code}>
              <th scope="row">{w.name(m.code)}</th>
              {columns.map((c) => (
                <td key={c.header} className={s.number}>
                  {c.show(c.values![i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
