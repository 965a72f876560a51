import type { Result } from "../core";
import { adapters } from "../functions/adapters";
import type { FunctionEntry } from "../functions/catalogue";
import type { ExcelArg } from "../functions/excelValue";
import { parseArg } from "../functions/parseArg";
import { ONE_CELL, type Extent } from "../functions/catalogue/spillSize";

// How big a spilling catalogue function's result is, known before it is computed, read from
// the size its catalogue entry declares (`result.size`, see catalogue/spillSize.ts).
// HyperFormula reserves the cells from this when a formula is entered, so the function itself
// is evaluated only once.

export type { Extent };

/** What a size rule may ask about a call's arguments. */
export interface SizeInputs {
  /** The shape argument `i` will have (1×1 for a scalar or an omitted argument). */
  shape(i: number): Extent;
  /** The value of argument `i` when it can be known now (else undefined). */
  value(i: number): ExcelArg | undefined;
}

const single = (v: ExcelArg | undefined) =>
  Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : undefined) : v;

/** The result's own size: the call itself, when every argument is known now. */
function computed(entry: FunctionEntry, a: SizeInputs): Extent {
  const args = entry.parameters.map((_, i) => a.value(i));
  if (args.some((v) => v === undefined)) return ONE_CELL;
  const r: Result<unknown> = adapters[entry.id as keyof typeof adapters](...args);
  const rows = r.ok && Array.isArray(r.value) ? (r.value as unknown[][]) : undefined;
  return rows ? { width: rows[0]?.length ?? 1, height: rows.length } : ONE_CELL;
}

/** The cells a call of a spilling entry takes; one for a scalar entry. */
export function spillExtent(entry: FunctionEntry, a: SizeInputs): Extent {
  if (entry.result.shape !== "spill") return ONE_CELL;
  const size = entry.result.size;
  if (size === "computed") return computed(entry, a);
  const i = entry.parameters.findIndex((p) => p.id === ("like" in size ? size.like : size.of));
  if ("like" in size) return a.shape(i);
  if (size.by === "shape") return size.size(a.shape(i));
  const v = single(a.value(i));
  if (v === undefined) return ONE_CELL; // not known yet: settled after evaluation
  const parsed = parseArg(entry.parameters[i], v);
  return (parsed.ok && (size.size as (x: unknown) => Extent | undefined)(parsed.value)) || ONE_CELL;
}
