import { ADDIN_NAMESPACE, FILE_FUNCTION_PREFIX, fileFunctionName } from "./namespace";
import { outsideStrings } from "./outsideStrings";

/*
 * The one translation between the two spellings of an add-in call: `TYOALUE.X(` as typed
 * (Office.js, exceljs, the engine) and `_xldudf_TYOALUE_X(` as Excel saves it in a file.
 * Case-insensitive; string literals and quoted sheet names are left untouched.
 */

const TYPED = new RegExp(`(^|[^A-Za-z0-9_.])${ADDIN_NAMESPACE}\\.([A-Za-z0-9]+)\\s*(?=\\()`, "gi");
const SAVED = new RegExp(
  `(^|[^A-Za-z0-9_.])${FILE_FUNCTION_PREFIX}([A-Za-z0-9]+)\\s*(?=\\()`,
  "gi"
);

/**
 * The form Excel saves an add-in call in (a leading "=" dropped, as in a file's `<f>`).
 * @example toFileFormula("=TYOALUE.LABOURFORCE(A1:A3)") // "_xldudf_TYOALUE_LABOURFORCE(A1:A3)"
 * @example toFileFormula("tyoalue.a(TYOALUE.B(1))") // "_xldudf_TYOALUE_A(_xldudf_TYOALUE_B(1))"
 */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return outsideStrings(body, (code) =>
    code.replace(TYPED, (_, before: string, id: string) => `${before}${fileFunctionName(id)}`)
  );
}

/**
 * The typed form of a formula read from a file (a leading "=" kept as given).
 * @example fromFileFormula("=SUM(_xldudf_TYOALUE_PAYMENTCAP(B1:B3))") // "=SUM(TYOALUE.PAYMENTCAP(B1:B3))"
 * @example fromFileFormula("_xldudf_TYOALUE_A(_xldudf_TYOALUE_B(1))") // "TYOALUE.A(TYOALUE.B(1))"
 */
export function fromFileFormula(formula: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      SAVED,
      (_, before: string, id: string) => `${before}${ADDIN_NAMESPACE}.${id.toUpperCase()}`
    )
  );
}
