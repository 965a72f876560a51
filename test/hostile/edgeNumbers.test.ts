/**
 * A deterministic sweep next to the fuzz: every edge number (EDGE_NUMBERS: zeros, 95 for a
 * ratio, 5e-324, 1e300, MAX_SAFE_INTEGER, NaN, ±Infinity…) in every argument of every
 * catalogue function, alone and inside its range, the other arguments valid. Each call must
 * give a CustomFunctions.Error or a finite value (timings: `npm run bench`, not asserted here).
 */
import type { ExcelArg, ExcelMatrix } from "../../src/functions/excelValue";
import { CATALOGUE } from "../fixtures/hostile/catalogue";
import { EDGE_NUMBERS } from "../fixtures/hostile/excelArbitraries";
import { excelCall, fault } from "./support/excelOutcome";

/** Each edge number as the whole argument, and (for a range) in its first cell. */
function variants(valid: ExcelArg, x: number): ExcelArg[] {
  if (!Array.isArray(valid)) return [x];
  const inRange = (valid as ExcelMatrix).map((row, r) =>
    row.map((c, k) => (r === 0 && k === 0 ? x : c))
  );
  return [x, inRange];
}

describe.each(CATALOGUE.map((f) => [f.id, f] as const))("%s with edge numbers", (id, fn) => {
  it.each(fn.params.map((p, i) => [p.id, i] as const))(
    "in %s: an error or a finite value, never a throw",
    (_, i) => {
      const faults: string[] = [];
      for (const x of EDGE_NUMBERS) {
        for (const arg of variants(fn.valid[i], x)) {
          const args = [...fn.valid];
          args[i] = arg;
          const problem = fault(excelCall(id, args));
          if (problem) faults.push(`${JSON.stringify(args)} → ${problem.split("\n")[0]}`);
        }
      }
      expect(faults).toEqual([]);
    }
  );
});
