/** The field labels the user sees, used in messages as well as in `Field` labels. */
import { useCallback } from "react";
import { STRINGS, type Language } from "../i18n";
import type { UiStrings } from "../i18n";
import type { ScalarKey } from "./inputs";

const KEYS: Readonly<Record<ScalarKey, keyof UiStrings>> = {
  minimum: "minimum",
  annualChange: "annualChange",
  years: "years",
  amount: "amount",
  workingAgeWeight: "workingAgeWeight",
  capRatio: "capRatio",
  budget: "budget",
  budgetPlan1: "budgetPlan1",
  budgetPlan2: "budgetPlan2",
  targetMulti: "targetMulti",
  targetSkills: "targetSkills",
  targetCoach: "targetCoach",
  transferFte: "transferFte",
};

/** Label of a scalar field in `language`. */
export function scalarLabel(key: ScalarKey, language: Language): string {
  return STRINGS[language][KEYS[key]] as string;
}

/** `scalarLabel` bound to a language, stable across renders. */
export function useScalarLabel(language: Language): (key: ScalarKey) => string {
  return useCallback((key: ScalarKey) => scalarLabel(key, language), [language]);
}
