/**
 * fast-check fuzz of every catalogue adapter with random Excel-shaped arguments, called the
 * way Excel calls them (adapter, then `toExcel`): the only thing that may be thrown is a
 * CustomFunctions.Error (#VALUE! or #N/A, the documented error channel) with a message; a
 * returned value is a finite number, a text, a boolean or a rectangular range of those;
 * and no call takes longer than PER_CALL_MS.
 */
import fc from "fast-check";
import { performance } from "perf_hooks";
import { adapters } from "../../src/functions/adapters";
import type { ExcelArg } from "../../src/functions/excel-value";
import { toExcel } from "../../src/functions/to-excel";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { excelArg } from "../fixtures/hostile/excelArbitraries";

/** Generous for a shared 2-core machine: ranges here are at most 6 × 4 cells. */
const PER_CALL_MS = 250;
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

type Outcome = { kind: "value"; value: unknown } | { kind: "error"; error: unknown };

function excelCall(id: keyof typeof adapters, args: ExcelArg[]): Outcome {
  try {
    const adapter = adapters[id] as (...a: ExcelArg[]) => Parameters<typeof toExcel>[0];
    return { kind: "value", value: toExcel(adapter(...args)) };
  } catch (error) {
    return { kind: "error", error };
  }
}

const isCell = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";

/** Why an outcome is not allowed, or null. */
function fault(o: Outcome): string | null {
  if (o.kind === "error") {
    if (!(o.error instanceof CustomFunctions.Error)) return `threw ${String((o.error as Error)?.stack ?? o.error)}`;
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

describe.each(CATALOGUE.map((f) => [f.id, f] as const))("fuzz %s", (id, fn) => {
  it(`never throws anything but CustomFunctions.Error, never NaN/Infinity, each call < ${PER_CALL_MS} ms`, () => {
    let errors = 0;
    let values = 0;
    fc.assert(
      fc.property(fc.tuple(...fn.valid.map((v) => excelArg(v))), (args) => {
        const start = performance.now();
        const outcome = excelCall(id, args as ExcelArg[]);
        const ms = performance.now() - start;
        if (outcome.kind === "error") errors++;
        else values++;
        expect({ fault: fault(outcome), slow: ms > PER_CALL_MS ? ms : false }).toEqual({ fault: null, slow: false });
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20250101) },
    );
    // Both channels were exercised: the fuzz reached past argument parsing.
    expect(errors).toBeGreaterThan(0);
    expect(values).toBeGreaterThan(0);
  });
});
