/**
 * One scenario's results, by the same pure functions the wizard's steps use (`validate`,
 * `calculate`, `toPlan`): the comparison never re-implements a rule.
 */
import { STRINGS, type Language } from "../../i18n";
import { calculate, type Calculations } from "../calculate";
import type { WizardInputs } from "../inputs";
import { scalarLabel } from "../labels";
import { municipalityName } from "../registry";
import { toPlan, validate, type Validation } from "../validate";
import type { PlanInputs } from "../../sheet/PlanInputs";

/** The calendar year of a "YYYY-MM-DD" date, or undefined. */
export const yearOf = (date: string): number | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : undefined;

/** The plan for the sheet when nothing is wrong: `toPlan` with the figures' year as start year. */
export function planOf(
  errors: ReadonlyMap<string, string>,
  inputs: WizardInputs,
  validation: Validation,
  name: (code: string) => string
): PlanInputs | undefined {
  const p = errors.size === 0 ? toPlan(inputs, validation, name) : undefined;
  const startYear = yearOf(inputs.asOf);
  return p && startYear !== undefined ? { ...p, startYear } : p;
}

export interface Evaluated {
  readonly validation: Validation;
  readonly calc: Calculations;
  /** Validation's and the calculations' messages by field id. */
  readonly errors: ReadonlyMap<string, string>;
  readonly plan: PlanInputs | undefined;
}

export function evaluateScenario(inputs: WizardInputs, language: Language): Evaluated {
  const name = (code: string) => municipalityName(code, language);
  const label = (k: Parameters<typeof scalarLabel>[0]) => scalarLabel(k, language);
  const validation = validate(inputs, language, STRINGS[language], label, name);
  const calc = calculate(inputs, validation, language);
  const errors = new Map([...validation.errors, ...calc.errors]);
  return { validation, calc, errors, plan: planOf(errors, inputs, validation, name) };
}
