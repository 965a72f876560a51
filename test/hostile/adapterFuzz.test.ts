/**
 * fast-check fuzz of every catalogue adapter with random Excel-shaped arguments, called the
 * way Excel calls them (adapter, then `toExcel`): the only thing that may be thrown is a
 * CustomFunctions.Error (#VALUE! or #N/A, the documented error channel) with a message; a
 * returned value is a finite number, a text, a boolean or a rectangular range of those.
 * (How long a call takes is measured by `npm run bench`, not asserted here.)
 */
import fc from "fast-check";
import type { ExcelArg } from "../../src/functions/excelValue";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { excelArg } from "../fixtures/hostile/excelArbitraries";
import { excelCall, fault } from "./support/excelOutcome";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

describe.each(CATALOGUE.map((f) => [f.id, f] as const))("fuzz %s", (id, fn) => {
  it("never throws anything but CustomFunctions.Error, never NaN/Infinity", () => {
    let errors = 0;
    let values = 0;
    fc.assert(
      fc.property(fc.tuple(...fn.valid.map((v) => excelArg(v))), (args) => {
        const outcome = excelCall(id, args as ExcelArg[]);
        if (outcome.kind === "error") errors++;
        else values++;
        expect(fault(outcome)).toBeNull();
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20250101) }
    );
    // Both channels were exercised: the fuzz reached past argument parsing.
    expect(errors).toBeGreaterThan(0);
    expect(values).toBeGreaterThan(0);
  });
});
