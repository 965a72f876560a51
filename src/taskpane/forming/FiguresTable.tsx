import { Input } from "@fluentui/react-components";
import { useWizardStyles } from "../wizard/Wizard.styles";

/** Municipalities with a labour-force input each (as typed; nothing filled in for them). */
export function FiguresTable({
  codes,
  text,
  idPrefix,
  label,
  caption,
  name,
  onChange,
}: {
  readonly codes: readonly string[];
  readonly text: (code: string) => string;
  readonly idPrefix: string;
  /** The inputs' accessible name before the municipality's, e.g. "Labour force". */
  readonly label: string;
  readonly caption?: string;
  readonly name: (code: string) => string;
  readonly onChange: (code: string, text: string) => void;
}) {
  const s = useWizardStyles();
  return (
    <div className={s.tableWrap}>
      <table className={s.table}>
        {caption && <caption className={s.caption}>{caption}</caption>}
        <tbody>
          {codes.map((c) => (
            <tr key={c}>
              <th scope="row">{name(c)}</th>
              <td>
                <Input
                  id={`${idPrefix}:${c}`}
                  aria-label={`${label}: ${name(c)}`}
                  inputMode="numeric"
                  size="small"
                  value={text(c)}
                  onChange={(_, d) => onChange(c, d.value)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
