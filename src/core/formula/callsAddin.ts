/**
 * Recognises the add-in's own functions in a formula's text. One rule for every place that
 * must tell them apart from Excel's built-ins: snapshot to values in both workbook hosts and
 * in saved .xlsx packages (the formula text of an `<f>` element, XML-decoded).
 */
import { ADDIN_NAMESPACE, FILE_FUNCTION_PREFIX } from "./namespace";

/** A call `TYOALUE.X(` as typed, or `_xldudf_TYOALUE_X(` as Excel saves add-in functions. */
const ADDIN_CALL = new RegExp(
  `(^|[^A-Za-z0-9_.])(${ADDIN_NAMESPACE}\\.[A-Za-z0-9_.]+|${FILE_FUNCTION_PREFIX}[A-Za-z0-9_]+)\\s*\\(`,
  "i"
);
/** "String literals" and 'quoted sheet names' (a doubled quote escapes one). */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;

/**
 * True when the formula text (with or without its leading "=") calls one of the add-in's
 * functions, case-insensitively, outside string literals and quoted sheet names.
 * @example callsAddin("=TYOALUE.LABOURFORCE(B1:B3)") // true
 * @example callsAddin("_xldudf_TYOALUE_SHORTFALL(A1)") // true
 * @example callsAddin('=SUM(B1:B2)&"TYOALUE.X("') // false
 */
export function callsAddin(formula: string): boolean {
  return ADDIN_CALL.test(formula.replace(QUOTED, '""'));
}
