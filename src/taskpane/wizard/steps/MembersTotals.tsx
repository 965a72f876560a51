import { formatNumber } from "../../../core";
import type { Language, UiStrings } from "../../i18n";
import type { FigureKey } from "../inputs";
import { useWizardStyles } from "../Wizard.styles";

/** The members table's totals row: the sum of each shown column's valid figures ("–" while any is missing). */
export function MembersTotals({
  t,
  language,
  keys,
  totals,
}: {
  readonly t: UiStrings;
  readonly language: Language;
  readonly keys: readonly FigureKey[];
  readonly totals: Readonly<Partial<Record<FigureKey, number>>>;
}) {
  const s = useWizardStyles();
  return (
    <tfoot>
      <tr>
        <th scope="row">{t.colTotal}</th>
        {keys.map((k) => {
          const total = totals[k];
          return (
            <td key={k} className={s.number} data-testid={`total-${k}`}>
              {total === undefined ? "–" : formatNumber(total, language)}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
}
