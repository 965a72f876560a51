import { Button, Caption1 } from "@fluentui/react-components";
import { INTL_TAGS } from "../../../core";
import type { Language, UiStrings as Strings } from "../../i18n";
import type { Calculations } from "../calculate";
import { useWizardStyles } from "../Wizard.styles";
import { CouncilTable, type CouncilMember } from "./CouncilTable";
import type { VerdictLine } from "./verdict";

/**
 * The verdict at the top of the summary, each line a link to its step; when printed, the
 * council summary (verdict, members, payments, staffing, sources and the date).
 */
export function Verdict({
  t,
  language,
  lines,
  members,
  calc,
  goToStep,
}: {
  readonly t: Strings;
  readonly language: Language;
  readonly lines: readonly VerdictLine[];
  readonly members: readonly CouncilMember[];
  readonly calc: Calculations;
  readonly goToStep: (step: number) => void;
}) {
  const s = useWizardStyles();
  return (
    <section aria-labelledby="verdict-title" className={s.verdict} data-testid="verdict">
      <h3 id="verdict-title" className={s.subheading}>
        <span className={s.printOnly}>{`${t.printTitle} — `}</span>
        {t.verdictTitle}
      </h3>
      <ul className={s.verdictList}>
        {lines.map((l) => (
          <li key={l.text} className={l.ok === false ? s.warning : l.ok ? s.ok : undefined}>
            <span aria-hidden className={s.mark}>
              {l.ok === false ? "✗" : l.ok ? "✓" : "…"}
            </span>
            <Button
              appearance="transparent"
              className={s.verdictLink}
              onClick={() => goToStep(l.step)}
            >
              {l.text}
            </Button>
          </li>
        ))}
      </ul>
      <div className={s.printOnly}>
        <CouncilTable t={t} language={language} members={members} calc={calc} />
        <Caption1 as="p">{t.sources}</Caption1>
        <Caption1 as="p">
          {`${t.figuresAsOf}: ${new Date().toLocaleDateString(INTL_TAGS[language])}`}
        </Caption1>
      </div>
    </section>
  );
}
