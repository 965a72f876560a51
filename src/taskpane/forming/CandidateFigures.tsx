import { fill } from "../../core";
import type { Language } from "../i18n";
import { FiguresTable } from "./FiguresTable";
import { FORMING_STRINGS } from "./strings";

/** The nearby municipalities' labour force as typed, folded away behind how many are given. */
export function CandidateFigures({
  candidates,
  typed,
  language,
  name,
  onChange,
}: {
  readonly candidates: readonly string[];
  readonly typed: Readonly<Record<string, string>>;
  readonly language: Language;
  readonly name: (code: string) => string;
  readonly onChange: (code: string, text: string) => void;
}) {
  const f = FORMING_STRINGS[language];
  const given = candidates.filter((c) => (typed[c] ?? "").trim() !== "").length;
  return (
    <details data-testid="candidate-figures">
      <summary>{fill(f.sugFigures, { given, count: candidates.length })}</summary>
      <FiguresTable
        codes={candidates}
        text={(c) => typed[c] ?? ""}
        idPrefix="cand"
        label={f.colLabourForce}
        name={name}
        onChange={onChange}
      />
    </details>
  );
}
