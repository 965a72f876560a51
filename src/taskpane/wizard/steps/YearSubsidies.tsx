import { mergeClasses } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import type { NamedMember } from "../stepSlices";
import { yearSubsidyId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";
import { useFigureInputStyles } from "./FigureInput.styles";

export interface YearSubsidiesProps {
  readonly t: UiStrings;
  readonly members: readonly NamedMember[];
  readonly headers: readonly string[];
  /** What the user typed per member code and year. */
  readonly typed: Readonly<Record<string, readonly string[]>>;
  /** The subsidy computed in the subsidy step, shown as each empty cell's placeholder. */
  readonly computed: readonly string[] | undefined;
  readonly errorOf: (id: string) => string | undefined;
  readonly onChange: (code: string, year: number, value: string) => void;
  readonly onTouch: (id: string) => void;
}

/** Each member's subsidy per year: empty is the computed subsidy, a typed figure overrides it. */
export function YearSubsidies(p: YearSubsidiesProps) {
  const s = useWizardStyles();
  const f = useFigureInputStyles();
  const errors = p.members.flatMap((m) =>
    p.headers.flatMap((_, j) => p.errorOf(yearSubsidyId(m.code, j)) ?? [])
  );
  return (
    <>
      <table className={mergeClasses(s.table, s.resultTable)}>
        <caption className={s.caption}>{p.t.yearSubsidiesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.t.colMunicipality}</th>
            {p.headers.map((h) => (
              <th key={h} scope="col" className={s.numberHead}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.members.map((m, i) => (
            <tr key={m.code}>
              <th scope="row">{m.name}</th>
              {p.headers.map((h, j) => {
                const id = yearSubsidyId(m.code, j);
                const bad = p.errorOf(id) !== undefined;
                return (
                  <td key={h}>
                    <input
                      id={id}
                      type="text"
                      inputMode="decimal"
                      className={mergeClasses(f.input, bad && f.invalid)}
                      aria-label={`${p.t.yearSubsidy}, ${h}, ${m.name}`}
                      aria-invalid={bad || undefined}
                      aria-describedby={bad ? "year-subsidy-errors" : undefined}
                      placeholder={p.computed?.[i]}
                      value={p.typed[m.code]?.[j] ?? ""}
                      onChange={(e) => p.onChange(m.code, j, e.target.value)}
                      onBlur={() => p.onTouch(id)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 0 && (
        <ul id="year-subsidy-errors" className={s.warning}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </>
  );
}
