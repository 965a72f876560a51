import { mergeClasses } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import type { NamedMember } from "../stepSlices";
import { useWizardStyles } from "../Wizard.styles";
import { ScrollRegion } from "./ScrollRegion";

export interface ResultColumn {
  readonly header: string;
  readonly values: readonly number[] | undefined;
  readonly show: (n: number) => string;
}

/** One row per member with computed columns (shares, euros, FTE) and a totals row; nothing until computable. */
export function ResultTable({
  t,
  members,
  caption,
  columns,
}: {
  readonly t: UiStrings;
  readonly members: readonly NamedMember[];
  readonly caption: string;
  readonly columns: readonly ResultColumn[];
}) {
  const s = useWizardStyles();
  if (columns.some((c) => !c.values)) return null;
  return (
    <ScrollRegion label={caption}>
      <table className={mergeClasses(s.table, s.resultTable)}>
        <caption className={s.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colMunicipality}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={s.numberHead}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => (
            <tr key={m.code}>
              <th scope="row">{m.name}</th>
              {columns.map((c) => (
                <td key={c.header} className={s.number}>
                  {c.show(c.values![i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.colTotal}</th>
            {columns.map((c) => (
              <td key={c.header} className={s.number}>
                {c.show(c.values!.reduce((a, b) => a + b, 0))}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
