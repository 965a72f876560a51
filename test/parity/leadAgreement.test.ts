import { inEngine, inExcel } from "./support/twoHosts";

// The plan sheet's ALLOCATE formulas for a lead municipality's agreement (planLead.ts), with
// the shapes the sheet passes, through the Excel path and the engine. Hand calculation:
// budget 1 000.01 € = 100 001 cents; agreed shares 60 % and 40 %, clients 10 and 30.
// Percentages: 60 000.6 and 40 000.4 cents; the cent left over goes to the larger remainder
// (.6): 600.01 € and 400.00 €. Fixed part 50 %: 0.5 × 0.6 + 0.5 × 10/40 = 0.425 and
// 0.575 → 42 500.425 and 57 500.575 cents; the cent goes to .575: 425.00 € and 575.01 €.
const SHEET = [
  [0.6, 10, 0.5],
  [0.4, 30, 0.5],
];

describe("one formula, one value: a lead municipality's agreement", () => {
  test("ALLOCATE(budget, agreed shares n×1, 1): the percentages model", () => {
    const excel = inExcel("ALLOCATE", 1000.01, [[0.6], [0.4]], 1, null);
    expect(excel).toEqual([[600.01], [400]]);
    expect(inEngine("=TYOALUE.ALLOCATE(1000.01,A1:A2,1)", SHEET)).toEqual(excel);
  });

  test("ALLOCATE(budget, shares and clients n×2, fixed part and 1 − it as a column)", () => {
    const excel = inExcel(
      "ALLOCATE",
      1000.01,
      SHEET.map((r) => r.slice(0, 2)),
      [[0.5], [0.5]],
      null
    );
    expect(excel).toEqual([[425], [575.01]]);
    expect(inEngine("=TYOALUE.ALLOCATE(1000.01,A1:B2,C1:C2)", SHEET)).toEqual(excel);
  });
});
