import { mergeClasses } from "@fluentui/react-components";
import { fill } from "../../i18n";
import type { CompareStrings } from "./compareStrings";
import type { CompareTable } from "./comparison";
import { ScrollRegion } from "../steps/ScrollRegion";
import { useCompareStyles } from "./CompareView.styles";

/**
 * One comparison table in its own labelled, keyboard-focusable scroll region (wide tables
 * scroll inside it, never the pane). A differing cell is bold on a tint and says so to
 * screen readers ("differs from Vaihtoehto A").
 */
export function CompareTableView(p: {
  readonly c: CompareStrings;
  readonly table: CompareTable;
  readonly names: readonly string[];
}) {
  const s = useCompareStyles();
  const { c, table } = p;
  const differs = fill(c.differs, { name: p.names[0] });
  return (
    <ScrollRegion label={fill(c.scroll, { caption: table.caption })}>
      <table className={s.table}>
        <caption className={s.caption}>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {p.names.map((n) => (
              <th key={n} scope="col">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.cells.map((cell, i) => (
                <td
                  key={p.names[i]}
                  className={mergeClasses(
                    r.numeric ? s.number : s.words,
                    cell.differs && s.differs
                  )}
                  data-differs={cell.differs || undefined}
                >
                  {cell.text}
                  {cell.note && <span className={s.hidden}>{` (${cell.note})`}</span>}
                  {cell.differs && <span className={s.hidden}>{`, ${differs}`}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
