import { Body1, Button, mergeClasses } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { fill } from "../../i18n";
import { FIGURES, type FigureKey } from "../inputs";
import { figureId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";
import { MemberPicker } from "./MemberPicker";
import { MemberRow } from "./MemberRow";
import { useWide } from "../useWide";
import { MembersTotals } from "./MembersTotals";
import { PasteReview } from "./PasteReview";
import { AsOfField } from "./AsOfField";
import { GroupTabs, type FigureGroup } from "./GroupTabs";
import type { MembersStepProps } from "./useMembersStep";
import { hyphenate } from "../hyphenate";

const GROUPS = { population: FIGURES.slice(0, 3), clients: FIGURES.slice(3) } as const;

/** Step 1: pick members, enter or paste their figures (three columns at a time, so the pane never scrolls sideways). */
export function MembersStep(p: MembersStepProps) {
  const s = useWizardStyles();
  const { t } = p;
  const [group, setGroup] = useState<FigureGroup>("population");
  // A task pane (320–450 px) shows three figures at a time; a wide window shows all six.
  const wide = useWide();
  const keys = wide ? FIGURES : GROUPS[group];
  const labels: Record<FigureKey, string> = useMemo(
    () => ({
      labourForce: t.colLabourForce,
      workingAge: t.colWorkingAge,
      unemployed: t.colUnemployed,
      clientsMulti: t.colMulti,
      clientsSkills: t.colSkills,
      clientsCoach: t.colCoach,
    }),
    [t]
  );
  const { messages, paste } = p;
  return (
    <>
      <Body1>{t.membersIntro}</Body1>
      <MemberPicker
        t={t}
        language={p.language}
        error={p.pickerError}
        onAdd={p.onAdd}
        onAddMany={p.onAddMany}
        onStatus={p.onStatus}
        onReadSelection={p.onReadSelection}
      />
      <PasteReview t={t} name={p.name} paste={paste} />
      {p.members.length === 0 ? (
        <Body1>{t.noMembers}</Body1>
      ) : (
        <>
          {!wide && <GroupTabs t={t} group={group} onGroup={setGroup} />}
          <table className={mergeClasses(s.table, s.membersTable)} aria-label={t.steps[0]}>
            <thead>
              <tr>
                <th scope="col">{t.colMunicipality}</th>
                {keys.map((k) => (
                  <th key={k} scope="col" className={s.numberHead}>
                    {hyphenate(labels[k], p.language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.members.map((m) => (
                <MemberRow
                  key={m.code}
                  member={m}
                  name={p.name(m.code)}
                  keys={keys}
                  labels={labels}
                  invalid={keys.filter((k) => p.invalid.has(figureId(m.code, k))).join(",")}
                  removeLabel={fill(t.remove, { name: p.name(m.code) })}
                  onFigure={p.onFigure}
                  onTouch={p.onTouch}
                  onPaste={p.onPaste}
                  onRemove={p.onRemove}
                />
              ))}
            </tbody>
            <MembersTotals t={t} language={p.language} keys={keys} totals={p.totals} />
          </table>
          <AsOfField
            t={t}
            language={p.language}
            value={p.asOf}
            className={s.dateField}
            onChange={p.onAsOf}
          />
          {paste.canUndo && (
            <div>
              <Button size="small" onClick={paste.undo}>
                {t.pasteUndo}
              </Button>
            </div>
          )}
          {messages.length > 0 && (
            <ul id="member-errors" className={s.messages} data-testid="member-messages">
              {messages.slice(0, 5).map((m) => (
                <li key={m.id} className={m.error ? s.warning : s.caution}>
                  {m.text}
                </li>
              ))}
              {messages.length > 5 && <li>{`+ ${messages.length - 5}`}</li>}
            </ul>
          )}
        </>
      )}
    </>
  );
}
