import { fill, formatNumber } from "../../core";
import type { Language } from "../i18n";
import { useWizardStyles } from "../wizard/Wizard.styles";
import type { ProposedArea } from "./proposal";
import { FORMING_STRINGS } from "./strings";

/** The proposed areas: number, members, labour force and the minimum check. */
export function AreasTable({
  areas,
  language,
  name,
}: {
  readonly areas: readonly ProposedArea[];
  readonly language: Language;
  readonly name: (code: string) => string;
}) {
  const s = useWizardStyles();
  const f = FORMING_STRINGS[language];
  return (
    <div className={s.tableWrap}>
      <table className={s.table} data-testid="proposed-areas">
        <caption className={s.caption}>{fill(f.areasCaption, { count: areas.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{f.colArea}</th>
            <th scope="col">{f.colMembers}</th>
            <th scope="col" className={s.numberHead}>
              {f.colLabourForce}
            </th>
            <th scope="col">{f.colMeets}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.number}>
              <th scope="row" className={s.number}>
                {a.number}
              </th>
              <td>{a.codes.map(name).join(", ")}</td>
              <td className={s.number}>{formatNumber(a.labourForce, language)}</td>
              <td className={a.meets ? s.ok : s.warning}>{a.meets ? f.yes : f.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
