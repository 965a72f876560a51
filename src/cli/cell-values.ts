import type { CellValue as XlValue } from "exceljs";
import type { CellInput, EngineValue } from "../engine";

/** A value as a workbook file caches it: number, text, boolean, blank or an error code. */
export type CachedValue = number | string | boolean | null | { readonly error: string };

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel's serial day number (1900 date system). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

/** A constant exceljs cell value (not a formula) as a plain value. */
export function plainValue(v: XlValue): CachedValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return plainValue((v as { result?: XlValue }).result ?? null);
  }
  return null;
}

/**
 * A constant as the engine takes it. Text keeps the engine's text prefix "'" so that "005",
 * "28616" or "TRUE" stored as text stay text (and are refused where a number is expected),
 * exactly as in Excel; an error constant is given as its code.
 */
export function engineInput(v: CachedValue): CellInput {
  if (v !== null && typeof v === "object") return v.error;
  return typeof v === "string" ? `'${v}` : v;
}

/** An engine value as a workbook caches it and as `calc --json` prints it (errors as their code). */
export function cachedOf(v: EngineValue): CachedValue {
  return v !== null && typeof v === "object" ? { error: v.error } : v;
}

/** The JSON form of a value: errors as their code ("#VALUE!"). */
export function jsonOf(v: CachedValue): number | string | boolean | null {
  return v !== null && typeof v === "object" ? v.error : v;
}
