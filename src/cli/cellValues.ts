import type { CellInput, EngineValue } from "../engine";

/** A value as a workbook file caches it: number, text, boolean, blank or an error code. */
export type CachedValue =
  number | string | boolean | null | { readonly error: string; readonly message?: string };

/**
 * A constant as the engine takes it. Text keeps the engine's text prefix "'" so that "005",
 * "28616" or "TRUE" stored as text stay text (and are refused where a number is expected),
 * exactly as in Excel; an error constant is given as its code.
 */
export function engineInput(v: CachedValue): CellInput {
  if (v !== null && typeof v === "object") return v.error;
  return typeof v === "string" ? `'${v}` : v;
}

/** Excel's error codes (what a file may cache); the engine's own (#CYCLE!, #ERROR!, #LIC!) are not. */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * An engine value as a workbook caches it, with the error's message kept for `--json`.
 * An error code Excel does not have (a parse error, #ERROR!) becomes #VALUE!; a circular
 * reference (#CYCLE!) is handled by the caller, since Excel shows 0 there.
 */
export function cachedOf(v: EngineValue): CachedValue {
  if (v === null || typeof v !== "object") return v;
  const error = EXCEL_ERRORS.has(v.error) || v.error === "#CYCLE!" ? v.error : "#VALUE!";
  return v.message ? { error, message: v.message } : { error };
}

/** The JSON form of a value: an error as `{"error":"#VALUE!","message":"…"}`. */
export function jsonOf(v: CachedValue): unknown {
  return v !== null && typeof v === "object" ? { error: v.error, message: v.message ?? "" } : v;
}

/** The short form of a value for a report line: errors as their code. */
export const shown = (v: CachedValue): string =>
  JSON.stringify(v !== null && typeof v === "object" ? v.error : v);
