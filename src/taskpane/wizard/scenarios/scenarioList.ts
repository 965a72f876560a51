/**
 * The workbook's named scenarios as data: each has its own inputs; one is current. Pure
 * functions over an immutable list, so the hook and the tests share every rule.
 */
import type { Language } from "../../i18n";
import type { WizardInputs } from "../inputs";

export interface Scenario {
  /** Stable within a session (names can be renamed); not saved. */
  readonly id: string;
  readonly name: string;
  readonly inputs: WizardInputs;
}

export interface ScenarioList {
  readonly scenarios: readonly Scenario[];
  /** The id of the current scenario. */
  readonly current: string;
}

const WORD: Readonly<Record<Language, string>> = {
  fi: "Vaihtoehto",
  sv: "Alternativ",
  en: "Scenario",
};
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * The first default name not taken: "Vaihtoehto A", then B… (after Z: "Vaihtoehto 27"…).
 * @example defaultName(["Vaihtoehto A"], "fi") // "Vaihtoehto B"
 */
export function defaultName(taken: readonly string[], language: Language): string {
  const used = new Set(taken.map((n) => n.trim().toLocaleLowerCase()));
  for (let i = 0; ; i++) {
    const mark = i < LETTERS.length ? LETTERS[i] : String(i + 1);
    const name = `${WORD[language]} ${mark}`;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

let counter = 0;
/** A fresh id for a scenario made in this session. */
export const newId = (): string => `s${++counter}`;

/** One scenario with the given inputs, named "Vaihtoehto A" (or its sv/en equivalent). */
export function singleScenario(inputs: WizardInputs, language: Language): ScenarioList {
  const id = newId();
  return { scenarios: [{ id, name: defaultName([], language), inputs }], current: id };
}

/** The current scenario (the first when the id is unknown, which the functions here never leave). */
export const currentOf = (list: ScenarioList): Scenario =>
  list.scenarios.find((s) => s.id === list.current) ?? list.scenarios[0];

/** Changes the current scenario's inputs only. */
export function updateCurrent(
  list: ScenarioList,
  f: (inputs: WizardInputs) => WizardInputs
): ScenarioList {
  const current = currentOf(list).id;
  return {
    ...list,
    scenarios: list.scenarios.map((s) => (s.id === current ? { ...s, inputs: f(s.inputs) } : s)),
  };
}

/** A copy of the current scenario under the next free default name, placed after it and made current. */
export function copyCurrent(list: ScenarioList, language: Language): ScenarioList {
  const source = currentOf(list);
  const copy: Scenario = {
    id: newId(),
    name: defaultName(
      list.scenarios.map((s) => s.name),
      language
    ),
    inputs: source.inputs,
  };
  const at = list.scenarios.indexOf(source) + 1;
  const scenarios = [...list.scenarios.slice(0, at), copy, ...list.scenarios.slice(at)];
  return { scenarios, current: copy.id };
}

/** Why a name cannot be used: empty, or another scenario has it (case-insensitively). */
export function nameProblem(
  list: ScenarioList,
  id: string,
  name: string
): "empty" | "taken" | undefined {
  const n = name.trim();
  if (n === "") return "empty";
  const lower = n.toLocaleLowerCase();
  return list.scenarios.some((s) => s.id !== id && s.name.trim().toLocaleLowerCase() === lower)
    ? "taken"
    : undefined;
}

/** Renames a scenario (the caller has checked `nameProblem`). */
export const rename = (list: ScenarioList, id: string, name: string): ScenarioList => ({
  ...list,
  scenarios: list.scenarios.map((s) => (s.id === id ? { ...s, name: name.trim() } : s)),
});

/**
 * Removes a scenario, never the last one; when it was current, its neighbour (the next one,
 * or the previous one at the end) becomes current.
 */
export function remove(list: ScenarioList, id: string): ScenarioList {
  const at = list.scenarios.findIndex((s) => s.id === id);
  if (at < 0 || list.scenarios.length <= 1) return list;
  const scenarios = list.scenarios.filter((s) => s.id !== id);
  const current =
    list.current === id ? scenarios[Math.min(at, scenarios.length - 1)].id : list.current;
  return { scenarios, current };
}

/** Makes another scenario current (unchanged when the id is unknown). */
export const select = (list: ScenarioList, id: string): ScenarioList =>
  list.scenarios.some((s) => s.id === id) ? { ...list, current: id } : list;
