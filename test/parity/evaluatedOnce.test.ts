import { adapters, type AdapterId } from "../../src/functions/adapters";
import { createWorkbookEngine, type CellInput } from "../../src/engine";
import { CATALOGUE } from "../../src/functions/catalogue";

// Issue 12: each spilled formula is evaluated once. The adapter calls are counted while the
// engine computes a sheet. Counted the same way on the engine before the spill was sized from
// the input's shape (sizing evaluated the call too): 4 calls each for SUBSIDYALLOCATION,
// SUBSIDYSHARES, ALLOCATE, MEMBERPAYMENTS, STAFFNEEDED and STAFFALLOCATION; 2 for NEIGHBOURS,
// PROJECTLABOURFORCE and BENEFITBANDS; 4 for a size depending on a formula cell; 2 for an error.

function callsFor(id: AdapterId, sheet: CellInput[][]): number {
  const spy = jest.spyOn(adapters, id);
  try {
    createWorkbookEngine({ S: sheet }).destroy();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const COLUMNS: CellInput[][] = [
  [100, 10, null],
  [200, 10],
  [300, 10],
];
const withFormula = (f: string): CellInput[][] => [
  [...COLUMNS[0].slice(0, 2), f],
  ...COLUMNS.slice(1),
];

// One formula per spilling function whose size is declared before computing (the entry's
// `result.size`); the list must name every spilling entry but those sized "computed".
const ONCE: readonly (readonly [AdapterId, string])[] = [
  ["SUBSIDYALLOCATION", "=TYOALUE.SUBSIDYALLOCATION(1000,A1:A3,B1:B3)"],
  ["SUBSIDYSHARES", "=TYOALUE.SUBSIDYSHARES(A1:A3,B1:B3)"],
  ["ALLOCATE", "=TYOALUE.ALLOCATE(1000,A1:B3,{0.5,0.5})"],
  ["MEMBERPAYMENTS", "=TYOALUE.MEMBERPAYMENTS(100,A1:A3)"],
  ["STAFFNEEDED", "=TYOALUE.STAFFNEEDED(A1:A3,B1:B3)"],
  ["STAFFALLOCATION", "=TYOALUE.STAFFALLOCATION(6,A1:A3)"],
  ["MUNICIPALITY", "=TYOALUE.MUNICIPALITY({5;91})"],
  ["NEIGHBOURS", '=TYOALUE.NEIGHBOURS("Kannus")'],
  ["PROJECTLABOURFORCE", "=TYOALUE.PROJECTLABOURFORCE(A1,-0.014,B1)"],
  ["BENEFITBANDS", "=TYOALUE.BENEFITBANDS(2015)"],
  // Kokkola borders Kannus and Kruunupyy (bundled 2025 adjacency); constructed labour force
  ["FORMAREAS", '=TYOALUE.FORMAREAS({"Kokkola";"Kannus";"Kruunupyy"},{21000;20500;4700})'],
  // a members × years block (A1:B3) gives a row of two years' caps
  ["PAYMENTCAP", "=TYOALUE.PAYMENTCAP(A1:B3)"],
  // a row of two budgets against the two years of A1:B3 gives a row of two headrooms
  ["CAPHEADROOM", "=TYOALUE.CAPHEADROOM({500,20},A1:B3)"],
];

describe("each spilled formula is evaluated once", () => {
  test.each(ONCE)("%s: one call", (id, formula) => {
    expect(callsFor(id, withFormula(formula))).toBe(1);
  });

  test("BENEFITBANDS with the model omitted is sized by the default model, in one call", () => {
    expect(callsFor("BENEFITBANDS", withFormula("=TYOALUE.BENEFITBANDS()"))).toBe(1);
  });

  test("every spilling entry with a declared size is in the list above", () => {
    const declared = CATALOGUE.filter(
      (e) => e.result.shape === "spill" && e.result.size !== "computed"
    ).map((e) => e.id);
    expect(ONCE.map(([id]) => id).sort()).toEqual([...new Set(declared)].sort());
  });

  test("a size the result itself decides (SUGGESTMEMBERS) costs the sizing call and the value's", () => {
    // the list's length is the answer: known only by computing it (entry size "computed")
    const sheet = withFormula(
      '=TYOALUE.SUGGESTMEMBERS({"Kannus";"Kruunupyy"},{"Kokkola";"Kannus";"Kruunupyy"},{21000;20500;4700})'
    );
    expect(callsFor("SUGGESTMEMBERS", sheet)).toBe(2);
  });

  test("a size that depends on a formula not yet computed costs one more call, no more", () => {
    // years come from =1+1: unknown when the formula is entered, so it is re-entered once
    const sheet: CellInput[][] = [["=TYOALUE.PROJECTLABOURFORCE(100,0,B1)", "=1+1"]];
    expect(callsFor("PROJECTLABOURFORCE", sheet)).toBe(2);
  });

  test("a spill that errors takes one more call to shrink to one cell", () => {
    const sheet = withFormula("=TYOALUE.STAFFNEEDED(A1:A3,0)");
    expect(callsFor("STAFFNEEDED", sheet)).toBe(2);
  });
});
