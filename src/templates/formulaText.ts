import { fileFunctionName } from "../core";
import type { FormulaArg, FormulaSpec } from "./spec";

/**
 * Excel's own functions the templates use; everything else is a TYOALUE catalogue id.
 * `REF` is not a function: it stands for a plain reference formula such as `=$B$16`.
 */
export const BUILT_INS: ReadonlySet<string> = new Set(["SUM", "SUMIF", "COUNTIF", "MAX", "REF"]);

const argText = (a: FormulaArg): string =>
  typeof a === "number" ? String(a) : typeof a === "object" ? `"${a.text.replace(/"/g, '""')}"` : a;

/**
 * The formula as Excel stores it in the file (no leading "="). Add-in functions are saved
 * by Excel as `_xldudf_<NAMESPACE>_<ID>(…)`; Excel maps them back to `TYOALUE.<ID>` when the
 * add-in is loaded.
 * @example formulaText({ fn: "LABOURFORCE", args: ["B5:B14"] }) // "_xldudf_TYOALUE_LABOURFORCE(B5:B14)"
 */
export function formulaText(f: FormulaSpec): string {
  if (f.fn === "REF") return argText(f.args[0]);
  const name = BUILT_INS.has(f.fn) ? f.fn : fileFunctionName(f.fn);
  return `${name}(${f.args.map(argText).join(",")})`;
}
