import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import type { CalcError, Result } from "../core";
import type { ExcelArg, ExcelResult, ExcelScalar } from "../functions/excelValue";

// HyperFormula's values <-> the shapes Excel hands custom functions (src/functions/excelValue.ts),
// so the engine calls the very same adapters. Blank stays null, text stays text, booleans stay
// booleans and errors stay errors: nothing is coerced on the way in.

const CODES: Record<string, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

/** Marks a CellError message that carries a core CalcError (rendered per locale by the workbook). */
export const CALC_ERROR_PREFIX = "tyoalue:";

function scalar(v: unknown): ExcelScalar {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof CellError) return { code: CODES[v.type] ?? "#VALUE!" };
  if (typeof v === "object" && "val" in v) return (v as { val: number }).val; // a formatted number
  return { code: "#VALUE!" };
}

/** One evaluated HyperFormula argument as Excel would pass it to a custom function. */
export function toExcelArg(v: unknown): ExcelArg {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(scalar));
  return scalar(v);
}

/** A CellError that carries the calculation error for the workbook to render. */
export function toCellError(error: CalcError): CellError {
  const type = error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE;
  return new CellError(type, CALC_ERROR_PREFIX + JSON.stringify(error));
}

/** An adapter's result as a HyperFormula value: a scalar, a spilled range or an error. */
export function toHfValue(result: Result<ExcelResult>): unknown {
  if (!result.ok) return toCellError(result.error);
  const v = result.value;
  return Array.isArray(v) ? SimpleRangeValue.onlyValues(v) : v;
}

/** The calculation error inside a CellError message, if the message carries one. */
export function calcErrorOf(message: string | undefined): CalcError | undefined {
  if (!message || !message.startsWith(CALC_ERROR_PREFIX)) return undefined;
  try {
    return JSON.parse(message.slice(CALC_ERROR_PREFIX.length)) as CalcError;
  } catch {
    return undefined;
  }
}
