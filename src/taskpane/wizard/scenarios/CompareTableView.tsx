import { mergeClasses } from "@fluentui/react-components";
import { fill, type UiStrings } from "../../i18n";
import type { CompareTable } from "./comparison";
import { useCompareStyles } from "./CompareView.styles";

/**
 * One comparison table in its own labelled, keyboard-focusable scroll region (wide tables
 * scroll inside it, never the pane). A differing cell is bold on a tint and says so to
 * screen readers ("differs from Vaihtoehto A").
 */
export function CompareTableView(p: {
  readonly t: UiStrings;
  readonly table: CompareTable;
  readonly names: readonly string[];
}) {
  const s = useCompareStyles();
  const { t, table } = p;
  const differs = fill(t.compareDiffers, { name: p.names[0] });
  return (
    <div
      role="region"
      aria-label={fill(t.compareScroll, { caption: table.caption })}
      tabIndex={0}
      className={s.scroll}
    >
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
              {r.cells.map((c, i) => (
                <td
                  key={p.names[i]}
                  className={mergeClasses(r.numeric ? s.number : s.words, c.differs && s.differs)}
                  data-differs={c.differs || undefined}
                >
                  {c.text}
                  {c.note && <span className={s.hidden}>{` (${c.note})`}</span>}
                  {c.differs && <span className={s.hidden}>{`, ${differs}`}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
