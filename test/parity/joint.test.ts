import { inEngine, inExcel } from "./support/twoHosts";

// MEMBERPAYMENTS, PAYMENTCAP and CAPHEADROOM over planning years (functions.md), through
// the Excel path and the engine. Figures, hand calculation: members' subsidies per year
// 600 000 + 400 000 € (year 1) and 100 + 300 € (year 2); caps 950 000 € and 380 €.
// Budgets 900 000 € and 200 €: payments 540 000 + 360 000 € and 50 + 150 €.
const SHEET = [
  [900000, 200],
  [600000, 100],
  [400000, 300],
];

describe("one formula, one value: joint authority planning years", () => {
  test("MEMBERPAYMENTS(row of k budgets, n×k subsidies) gives n×k payments", () => {
    const excel = inExcel("MEMBERPAYMENTS", [SHEET[0]], SHEET.slice(1), null);
    expect(excel).toEqual([
      [540000, 50],
      [360000, 150],
    ]);
    expect(inEngine("=TYOALUE.MEMBERPAYMENTS(A1:B1,A2:B3)", SHEET)).toEqual(excel);
  });

  test("a year over its own cap names its column", () => {
    const excel = inExcel("MEMBERPAYMENTS", [[900000, 381]], SHEET.slice(1), null);
    expect(excel).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^year column 2:/),
    });
    expect(inEngine("=TYOALUE.MEMBERPAYMENTS({900000,381},A2:B3)", SHEET)).toEqual(excel);
  });

  test("PAYMENTCAP over a members × years block gives a row of caps", () => {
    const excel = inExcel("PAYMENTCAP", SHEET.slice(1), null);
    expect(excel).toEqual([[950000, 380]]);
    expect(inEngine("=TYOALUE.PAYMENTCAP(A2:B3)", SHEET)).toEqual(excel);
  });

  test("CAPHEADROOM with a row of budgets gives a row of headrooms", () => {
    const excel = inExcel("CAPHEADROOM", [SHEET[0]], SHEET.slice(1), null);
    expect(excel).toEqual([[50000, 180]]);
    expect(inEngine("=TYOALUE.CAPHEADROOM(A1:B1,A2:B3)", SHEET)).toEqual(excel);
  });

  test("one year stays as it was: one value, a list spilled like the subsidies", () => {
    expect(inEngine("=TYOALUE.PAYMENTCAP(A2:A3)", SHEET)).toBe(950000);
    expect(inExcel("PAYMENTCAP", [[600000], [400000]], null)).toBe(950000);
    expect(inEngine("=TYOALUE.MEMBERPAYMENTS(A1,A2:A3)", SHEET)).toEqual(
      inExcel("MEMBERPAYMENTS", 900000, [[600000], [400000]], null)
    );
  });

  test("a column of budgets is refused: years go in a row", () => {
    const excel = inExcel("MEMBERPAYMENTS", [[1], [2]], SHEET.slice(1), null);
    expect(excel).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("one row of years"),
    });
    expect(inEngine("=TYOALUE.MEMBERPAYMENTS({1;2},A2:B3)", SHEET)).toEqual(excel);
  });
});
