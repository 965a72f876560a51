/**
 * fast-check fuzz of every catalogue adapter with random Excel-shaped arguments, called the
 * way Excel calls them (adapter, then `toExcel`): the only thing that may be thrown is a
 * CustomFunctions.Error (#VALUE! or #N/A, the documented error channel) with a message; a
 * returned value is a finite number, a text, a boolean or a rectangular range of those;
 * and no call takes longer than PER_CALL_MS.
 */
import fc from "fast-check";
import { performance } from "perf_hooks";
import type { ExcelArg } from "../../src/functions/excel-value";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { excelArg } from "../fixtures/hostile/excelArbitraries";
import { excelCall, fault } from "./support/excelOutcome";

/** Generous for a shared 2-core machine: ranges here are at most 6 × 4 cells. */
const PER_CALL_MS = 250;
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

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
        expect({ fault: fault(outcome), slow: ms > PER_CALL_MS ? ms : false }).toEqual({
          fault: null,
          slow: false,
        });
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20250101) }
    );
    // Both channels were exercised: the fuzz reached past argument parsing.
    expect(errors).toBeGreaterThan(0);
    expect(values).toBeGreaterThan(0);
  });
});
