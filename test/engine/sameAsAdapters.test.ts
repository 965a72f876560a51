import fc from "fast-check";
import { adapters as a } from "../../src/functions/adapters";
import { errorMessage } from "../../src/functions/toCustomFunctionsError";
import type { ExcelScalar } from "../../src/functions/excelValue";
import { createWorkbookEngine, type CellInput } from "../../src/engine";

// A formula gives the same value in the engine as the adapter Excel calls: for random
// columns mixing numbers, blanks, text and booleans, the engine's value (or error code and
// message) equals the adapter's result for the same cells.
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100000 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("28 616", "Kokkola", "") },
  { weight: 1, arbitrary: fc.boolean() }
);

const toInput = (c: ExcelScalar): CellInput => (typeof c === "string" ? `'${c}` : (c as CellInput));
const expected = (r: ReturnType<typeof a.SUBSIDYALLOCATION>) =>
  r.ok ? r.value : { error: r.error.code, message: errorMessage(r.error, "en") };

describe("engine = adapters", () => {
  it("SUBSIDYALLOCATION over random columns", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const n = rows.length;
        const sheet: CellInput[][] = rows.map(([w, u], i) => [
          toInput(w),
          toInput(u),
          i === 0 ? `=TYOALUE.SUBSIDYALLOCATION(1000000,A1:A${n},B1:B${n})` : null,
        ]);
        const e = createWorkbookEngine({ S: sheet });
        const want = expected(
          a.SUBSIDYALLOCATION(
            1000000,
            rows.map(([w]) => [w === "" ? null : w]),
            rows.map(([, u]) => [u === "" ? null : u]),
            null
          )
        );
        const got = e.getResult("S", "C1");
        e.destroy();
        // a one-cell result reads back as a single value
        const rowsOf = (v: unknown) => (Array.isArray(v) ? v : [[v]]);
        expect(rowsOf(got)).toEqual(rowsOf(want));
      }),
      { numRuns: 40, seed: 20251122 }
    );
  }, 60000);
});
