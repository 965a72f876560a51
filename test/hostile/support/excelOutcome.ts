/**
 * One custom-function call as Excel makes it (adapter, then `toExcel`), and the rule for what
 * may come back: a CustomFunctions.Error (#VALUE! or #N/A) with a message, or a finite
 * number, a text, a boolean or a rectangular range of those.
 */
import { adapters } from "../../../src/functions/adapters";
import type { ExcelArg } from "../../../src/functions/excelValue";
import { toExcel } from "../../../src/functions/toExcel";

export type Outcome = { kind: "value"; value: unknown } | { kind: "error"; error: unknown };

export function excelCall(id: keyof typeof adapters, args: ExcelArg[]): Outcome {
  try {
    const adapter = adapters[id] as (...a: ExcelArg[]) => Parameters<typeof toExcel>[0];
    return { kind: "value", value: toExcel(adapter(...args)) };
  } catch (error) {
    return { kind: "error", error };
  }
}

const isCell = (v: unknown) =>
  (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";

/** Why an outcome is not allowed, or null. */
export function fault(o: Outcome): string | null {
  if (o.kind === "error") {
    if (!(o.error instanceof CustomFunctions.Error))
      return `threw ${String((o.error as Error)?.stack ?? o.error)}`;
    if (o.error.code !== "#VALUE!" && o.error.code !== "#N/A") return `error code ${o.error.code}`;
    return o.error.message && o.error.message.length > 0 ? null : "error without a message";
  }
  const v = o.value;
  if (!Array.isArray(v)) return isCell(v) ? null : `returned ${String(v)}`;
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) return "returned an empty range";
  const width = v[0].length;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== width) return "returned a ragged range";
    for (const cell of row) if (!isCell(cell)) return `returned a range holding ${String(cell)}`;
  }
  return null;
}
