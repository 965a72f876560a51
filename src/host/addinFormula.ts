import { callsAddin } from "../core";

/**
 * True when a cell's formula (as Office.js and the in-memory sheet give it: text starting
 * with "=") calls one of the add-in's functions; a text constant never does. The rule itself
 * is the core's `callsAddin`, shared with the .xlsx package snapshot.
 * @example isAddinFormula("=TYOALUE.LABOURFORCE(B1:B3)") // true
 * @example isAddinFormula("TYOALUE.LABOURFORCE(B1)") // false: a text constant
 */
export function isAddinFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && callsAddin(formula);
}
