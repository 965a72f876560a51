import { formatNumber } from "../../../core";
import type { FigureKey } from "../inputs";
import type { Wizard } from "../useWizard";
import { figureId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";

/** The members table's totals row: the sum of each shown column's valid figures ("–" while any is missing). */
export function MembersTotals({
  w,
  keys,
}: {
  readonly w: Wizard;
  readonly keys: readonly FigureKey[];
}) {
  const s = useWizardStyles();
  const total = (k: FigureKey) => {
    const xs = w.inputs.members.map((m) => w.validation.values.get(figureId(m.code, k)));
    return xs.every((x) => x !== undefined)
      ? formatNumber(
          xs.reduce((a, b) => a + b!, 0)!,
          w.language
        )
      : "–";
  };
  return (
    <tfoot>
      <tr>
        <th scope="row">{w.t.colTotal}</th>
        {keys.map((k) => (
          <td key={k} className={s.number} data-testid={`total-${k}`}>
            {total(k)}
          </td>
        ))}
      </tr>
    </tfoot>
  );
}
