import { Button, mergeClasses } from "@fluentui/react-components";
import { memo, type ClipboardEvent } from "react";
import type { FigureKey, MemberRow as Row } from "../inputs";
import { figureId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";
import { useFigureInputStyles } from "./FigureInput.styles";

export interface MemberRowProps {
  readonly member: Row;
  readonly name: string;
  readonly keys: readonly FigureKey[];
  readonly labels: Readonly<Record<FigureKey, string>>;
  /** Keys of this row's figures shown as invalid, joined with "," (a string, so memo compares by value). */
  readonly invalid: string;
  readonly removeLabel: string;
  readonly onFigure: (code: string, key: FigureKey, value: string) => void;
  readonly onTouch: (id: string) => void;
  readonly onPaste: (code: string, key: FigureKey, text: string) => void;
  readonly onRemove: (code: string) => void;
}

/** One member's row: re-renders only when its own figures or marks change (typing stays fast). */
export const MemberRow = memo(function MemberRow(p: MemberRowProps) {
  const s = useWizardStyles();
  const f = useFigureInputStyles();
  const bad = new Set(p.invalid.split(","));
  const code = p.member.code;
  return (
    <tr>
      <th scope="row">
        <div className={s.nameCell}>
          <span>{p.name}</span>
          <Button
            size="small"
            appearance="subtle"
            className={s.removeButton}
            aria-label={p.removeLabel}
            title={p.removeLabel}
            onClick={() => p.onRemove(code)}
          >
            ✕
          </Button>
        </div>
      </th>
      {p.keys.map((k) => {
        const id = figureId(code, k);
        return (
          <td key={k}>
            <input
              id={id}
              type="text"
              className={mergeClasses(f.input, bad.has(k) && f.invalid)}
              inputMode="numeric"
              aria-label={`${p.labels[k]}, ${p.name}`}
              aria-invalid={bad.has(k) || undefined}
              aria-describedby={bad.has(k) ? "member-errors" : undefined}
              value={p.member.figures[k]}
              onChange={(e) => p.onFigure(code, k, e.target.value)}
              onBlur={() => p.onTouch(id)}
              onPaste={(e: ClipboardEvent<HTMLInputElement>) => {
                const text = e.clipboardData.getData("text/plain");
                if (/[\n\t]/.test(text.trim())) {
                  e.preventDefault();
                  p.onPaste(code, k, text);
                }
              }}
            />
          </td>
        );
      })}
    </tr>
  );
});
