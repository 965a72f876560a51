import { DetailedCellError, type CellValue } from "hyperformula";
import type { Locale } from "../core";
import { errorMessage } from "../functions/toCustomFunctionsError";
import { calcErrorOf } from "./hfValues";

/** An error as the engine reports it: the Excel code ("#VALUE!") and, when known, why. */
export interface EngineError {
  readonly error: string;
  readonly message?: string;
}

/** A computed cell: a number, text, a boolean, blank (null) or an error. */
export type EngineValue = number | string | boolean | null | EngineError;

/** True for an engine error value. */
export function isEngineError(v: unknown): v is EngineError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** A HyperFormula cell value as an engine value, error messages rendered in `locale`. */
export function toEngineValue(v: CellValue, locale: Locale): EngineValue {
  if (v instanceof DetailedCellError) {
    const calc = calcErrorOf(v.message);
    const message = calc ? errorMessage(calc, locale) : v.message || undefined;
    return message ? { error: v.value, message } : { error: v.value };
  }
  return v as number | string | boolean | null;
}
