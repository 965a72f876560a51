import { NAMESPACE } from "./catalogue";

// Excel saves an add-in function as `_xldudf_TYOALUE_X(` and newer built-ins with prefixes
// (`_xlfn.XLOOKUP(`, `_xlfn._xlws.SORT(`); people and exceljs write `TYOALUE.X(`. The engine
// reads the plain form. String literals ("...") and quoted sheet names ('...') are left untouched.

const UDF = new RegExp(`_xldudf_${NAMESPACE}_([A-Za-z0-9]+)\\s*\\(`, "gi");
const PREFIXES = /_xlfn\.(_xlws\.)?|_xlws\./gi;
// Excel's boolean literals; HyperFormula knows only the functions TRUE() and FALSE().
const BOOLEAN = /(^|[^A-Za-z0-9_.!$'])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi;

/** Applies `rewrite` to the formula outside "string literals" and 'quoted sheet names'. */
function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  let quote: string | undefined;
  for (const ch of formula) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = undefined; // a doubled quote re-opens at once: same text
    } else if (ch === '"' || ch === "'") {
      out += rewrite(code) + ch;
      code = "";
      quote = ch;
    } else code += ch;
  }
  return out + rewrite(code);
}

/**
 * A formula as the engine reads it: `_xldudf_TYOALUE_X(` → `TYOALUE.X(`, Excel's `_xlfn.`
 * and `_xlws.` prefixes dropped, the literals TRUE/FALSE as TRUE()/FALSE(), a leading "="
 * added when missing.
 * @example toEngineFormula("_xldudf_TYOALUE_LABOURFORCE(A1:A3)") // "=TYOALUE.LABOURFORCE(A1:A3)"
 */
export function toEngineFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const plain = outsideStrings(body, (code) =>
    code
      .replace(UDF, (_, id: string) => `${NAMESPACE}.${id.toUpperCase()}(`)
      .replace(PREFIXES, "")
      .replace(BOOLEAN, (_, before: string, b: string) => `${before}${b.toUpperCase()}()`)
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
