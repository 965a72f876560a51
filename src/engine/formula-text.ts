import { NAMESPACE } from "./catalogue";

// Excel saves an add-in function as `_xldudf_TYOALUE_X(` and newer built-ins with prefixes
// (`_xlfn.XLOOKUP(`, `_xlfn._xlws.SORT(`); people and exceljs write `TYOALUE.X(`. The engine
// reads the plain form. String literals ("...") are left untouched.

const UDF = new RegExp(`_xldudf_${NAMESPACE}_([A-Za-z0-9]+)\\s*\\(`, "gi");
const PREFIXES = /_xlfn\.(_xlws\.)?|_xlws\./gi;

function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) parts[i] = rewrite(parts[i]); // even parts are outside "..."
  return parts.join('"');
}

/**
 * A formula as the engine reads it: `_xldudf_TYOALUE_X(` → `TYOALUE.X(`, Excel's `_xlfn.`
 * and `_xlws.` prefixes dropped, a leading "=" added when missing.
 * @example toEngineFormula("_xldudf_TYOALUE_LABOURFORCE(A1:A3)") // "=TYOALUE.LABOURFORCE(A1:A3)"
 */
export function toEngineFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const plain = outsideStrings(body, (code) =>
    code.replace(UDF, (_, id: string) => `${NAMESPACE}.${id.toUpperCase()}(`).replace(PREFIXES, "")
  );
  return `=${plain}`;
}

/**
 * The form Excel saves an add-in function in: `TYOALUE.X(` → `_xldudf_TYOALUE_X(`.
 * @example toExcelFileFormula("TYOALUE.LABOURFORCE(A1:A3)") // "_xldudf_TYOALUE_LABOURFORCE(A1:A3)"
 */
export function toExcelFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const udf = new RegExp(`(^|[^A-Za-z0-9_.])${NAMESPACE}\\.([A-Za-z0-9]+)\\s*\\(`, "gi");
  return outsideStrings(body, (code) =>
    code.replace(
      udf,
      (_, before: string, id: string) => `${before}_xldudf_${NAMESPACE}_${id.toUpperCase()}(`
    )
  );
}

/** True when the formula calls a function of the catalogue in either form. */
export function callsCatalogue(formula: string): boolean {
  return new RegExp(`${NAMESPACE}\\.|_xldudf_${NAMESPACE}_`, "i").test(formula);
}
