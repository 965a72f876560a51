/**
 * Recognises the add-in's formulas in a cell's formula text, for snapshot to values in both
 * hosts (the package-level twin for saved .xlsx files is `templates/package/stripFormulas`).
 */

/** A call of an add-in function: `TYOALUE.X(` as typed, `_xldudf_TYOALUE_X(` as Excel saves it. */
const ADDIN_CALL = /(^|[^A-Za-z0-9_.])(TYOALUE\.[A-Za-z0-9_.]+|_xldudf_TYOALUE_[A-Za-z0-9_]+)\s*\(/i;
/** "String literals" and 'quoted sheet names' (a doubled quote escapes one). */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;

/**
 * True when `formula` (a cell's formula text) calls one of the add-in's functions, outside
 * string literals and quoted sheet names, case-insensitively.
 * @example isAddinFormula("=TYOALUE.LABOURFORCE(B1:B3)") // true
 * @example isAddinFormula('=SUM(B1:B2)&"TYOALUE.X("') // false
 */
export function isAddinFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && ADDIN_CALL.test(formula.replace(QUOTED, '""'));
}
