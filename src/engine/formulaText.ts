import { fromFileFormula, outsideStrings } from "../core";

// Excel saves an add-in function as `_xldudf_TYOALUE_X(` (the core translates that spelling)
// and newer built-ins with prefixes (`_xlfn.XLOOKUP(`, `_xlfn._xlws.SORT(`); people and
// exceljs write `TYOALUE.X(`. The engine reads the plain form. String literals ("...") and
// quoted sheet names ('...') are left untouched.

const PREFIXES = /_xlfn\.(_xlws\.)?|_xlws\./gi;
// Excel's boolean literals; HyperFormula knows only the functions TRUE() and FALSE().
const BOOLEAN = /(^|[^A-Za-z0-9_.!$'])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi;

/**
 * A formula as the engine reads it: `_xldudf_TYOALUE_X(` → `TYOALUE.X(`, Excel's `_xlfn.`
 * and `_xlws.` prefixes dropped, the literals TRUE/FALSE as TRUE()/FALSE(), a leading "="
 * added when missing.
 * @example toEngineFormula("_xldudf_TYOALUE_LABOURFORCE(A1:A3)") // "=TYOALUE.LABOURFORCE(A1:A3)"
 */
export function toEngineFormula(formula: string): string {
  const body = fromFileFormula(formula.startsWith("=") ? formula.slice(1) : formula);
  const plain = outsideStrings(body, (code) =>
    code
      .replace(PREFIXES, "")
      .replace(BOOLEAN, (_, before: string, b: string) => `${before}${b.toUpperCase()}()`)
  );
  return `=${plain}`;
}
