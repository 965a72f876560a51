/**
 * The scenarios' state: the list, the current scenario's inputs, and the bar's actions, each
 * saying in the status line what it did. `onSwitch` runs when another scenario becomes
 * current (the wizard forgets what belonged to the one before: shown errors, a pending paste).
 */
import { useCallback, useState } from "react";
import { fill, type Language, type UiStrings } from "../../i18n";
import { defaultInputs, type WizardInputs } from "../inputs";
import {
  copyCurrent,
  currentOf,
  nameProblem,
  remove,
  rename,
  select,
  singleScenario,
  updateCurrent,
  type ScenarioList,
} from "./scenarioList";

export interface ScenarioDeps {
  readonly language: Language;
  readonly t: UiStrings;
  readonly setStatus: (s: string) => void;
  readonly onSwitch: () => void;
}

export function useScenarios({ language, t, setStatus, onSwitch }: ScenarioDeps) {
  const [list, setList] = useState<ScenarioList>(() =>
    singleScenario(defaultInputs(language), language)
  );
  const current = currentOf(list);
  /** Changes the current scenario's inputs (the keystroke path: one scenario's object is copied). */
  const setInputs = useCallback(
    (f: (i: WizardInputs) => WizardInputs) => setList((l) => updateCurrent(l, f)),
    []
  );
  const nameOf = (id: string) => list.scenarios.find((s) => s.id === id)?.name ?? "";
  return {
    list,
    setList,
    current,
    inputs: current.inputs,
    setInputs,
    select(id: string) {
      if (id === list.current) return;
      setList(select(list, id));
      onSwitch();
      setStatus(fill(t.scenarioSwitched, { name: nameOf(id) }));
    },
    copy() {
      const next = copyCurrent(list, language);
      setList(next);
      onSwitch();
      setStatus(fill(t.scenarioCopied, { from: current.name, name: currentOf(next).name }));
    },
    /** Renames; returns the problem with the name (also said in the status line) or undefined. */
    rename(id: string, name: string): string | undefined {
      const problem = nameProblem(list, id, name);
      if (problem) {
        const message = fill(problem === "empty" ? t.scenarioNameEmpty : t.scenarioNameTaken, {
          name: name.trim(),
        });
        setStatus(message);
        return message;
      }
      setList(rename(list, id, name));
      setStatus(fill(t.scenarioRenamed, { from: nameOf(id), name: name.trim() }));
      return undefined;
    },
    remove(id: string) {
      const next = remove(list, id);
      if (next === list) return;
      setList(next);
      if (id === list.current) onSwitch();
      setStatus(fill(t.scenarioDeleted, { name: nameOf(id), current: currentOf(next).name }));
    },
  };
}

export type Scenarios = ReturnType<typeof useScenarios>;
