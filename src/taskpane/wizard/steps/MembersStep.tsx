import {
  Body1,
  Button,
  Field,
  Input,
  mergeClasses,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { fill } from "../../i18n";
import { FIGURES, type FigureKey } from "../inputs";
import type { Wizard } from "../useWizard";
import { figureId } from "../validate";
import { useWizardStyles } from "../Wizard.styles";
import { MemberPicker } from "./MemberPicker";
import { MemberRow } from "./MemberRow";
import { useWide } from "../useWide";
import { MembersTotals } from "./MembersTotals";
import { PasteReview } from "./PasteReview";

const GROUPS = { population: FIGURES.slice(0, 3), clients: FIGURES.slice(3) } as const;

/** Step 1: pick members, enter or paste their figures (three columns at a time, so the pane never scrolls sideways). */
export function MembersStep({ w }: { readonly w: Wizard }) {
  const s = useWizardStyles();
  const { t } = w;
  const [group, setGroup] = useState<keyof typeof GROUPS>("population");
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
  // Stable callbacks, so a keystroke re-renders only the row typed in.
  const latest = useRef(w);
  latest.current = w;
  const onFigure = useCallback(
    (c: string, k: FigureKey, v: string) => latest.current.setFigure(c, k, v),
    []
  );
  const onTouch = useCallback((id: string) => latest.current.touch(id), []);
  const onPaste = useCallback(
    (c: string, k: FigureKey, x: string) => latest.current.paste.paste(c, k, x),
    []
  );
  const onRemove = useCallback((c: string) => latest.current.removeMember(c), []);
  const onAdd = useCallback((c: string) => latest.current.addMember(c), []);
  const onAddMany = useCallback((cs: readonly string[]) => latest.current.addMembers(cs), []);
  const onStatus = useCallback((x: string) => latest.current.setStatus(x), []);
  const onReadSelection = useCallback(() => void latest.current.readSelection(), []);
  const messages = w.inputs.members.flatMap((m) =>
    FIGURES.flatMap((k) => {
      const id = figureId(m.code, k);
      const text = w.errorOf(id) ?? w.warnings.get(id);
      return text ? [{ id, text, error: w.errorOf(id) !== undefined }] : [];
    })
  );
  return (
    <>
      <Body1>{t.membersIntro}</Body1>
      <MemberPicker
        t={t}
        language={w.language}
        error={w.errorOf("members")}
        onAdd={onAdd}
        onAddMany={onAddMany}
        onStatus={onStatus}
        onReadSelection={onReadSelection}
      />
      <PasteReview w={w} />
      {w.inputs.members.length === 0 ? (
        <Body1>{t.noMembers}</Body1>
      ) : (
        <>
          {!wide && (
            <TabList
              size="small"
              selectedValue={group}
              onTabSelect={(_, d) => setGroup(d.value as keyof typeof GROUPS)}
            >
              <Tab value="population">{t.groupPopulation}</Tab>
              <Tab value="clients">{t.groupClients}</Tab>
            </TabList>
          )}
          <table className={mergeClasses(s.table, s.membersTable)} aria-label={t.steps[0]}>
            <thead>
              <tr>
                <th scope="col">{t.colMunicipality}</th>
                {keys.map((k) => (
                  <th key={k} scope="col" className={s.numberHead}>
                    {labels[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {w.inputs.members.map((m) => (
                <MemberRow
                  key={m.code}
                  member={m}
                  name={w.name(m.code)}
                  keys={keys}
                  labels={labels}
                  invalid={keys.filter((k) => w.errorOf(figureId(m.code, k))).join(",")}
                  removeLabel={fill(t.remove, { name: w.name(m.code) })}
                  onFigure={onFigure}
                  onTouch={onTouch}
                  onPaste={onPaste}
                  onRemove={onRemove}
                />
              ))}
            </tbody>
            <MembersTotals w={w} keys={keys} />
          </table>
          <Field label={t.figuresAsOf} className={s.dateField}>
            <Input
              id="figures-as-of"
              type="date"
              value={w.inputs.asOf}
              onChange={(_, d) => w.setAsOf(d.value)}
            />
          </Field>
          {w.paste.canUndo && (
            <div>
              <Button size="small" onClick={w.paste.undo}>
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
