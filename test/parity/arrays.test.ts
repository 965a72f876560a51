import { inEngine, inExcel, passed } from "./support/twoHosts";

// Issue 12, first finding: an array result, an array constant or an array expression passed
// into a catalogue function is the 2-D array Excel passes, in the engine too (functions.md,
// "Arrays are ranges too"). Each formula runs through the Excel path and the engine.

// Caseload figures (hand-made): 100, 200 and 300 clients at 10 per official need 10, 20 and
// 30 FTE; labour force 1, 2, 3 sums to 6.
const SHEET = [
  [100, 10, 1],
  [200, 10, 2],
  [300, 10, 3],
];

describe("one formula, one value: arrays between functions", () => {
  test('MUNICIPALITY(NEIGHBOURS("Helsinki"),"sv") — the catalogue\'s own advice', () => {
    const excel = inExcel("MUNICIPALITY", passed(inExcel("NEIGHBOURS", "Helsinki")), "sv");
    expect(inEngine('=TYOALUE.MUNICIPALITY(TYOALUE.NEIGHBOURS("Helsinki"),"sv")')).toEqual(excel);
    // Helsinki's neighbours in Swedish (bundled 2025 adjacency): Esbo, Sibbo, Vanda
    expect(excel).toEqual([["Esbo"], ["Sibbo"], ["Vanda"]]);
  });

  test('CONTIGUOUS(NEIGHBOURS("Kokkola"))', () => {
    const excel = inExcel("CONTIGUOUS", passed(inExcel("NEIGHBOURS", "Kokkola")), null);
    expect(inEngine('=TYOALUE.CONTIGUOUS(TYOALUE.NEIGHBOURS("Kokkola"))')).toEqual(excel);
    expect(typeof excel).toBe("boolean");
  });

  test("BENEFITSHARE(1500,,BENEFITBANDS(2006)): 50 % after 500 days (data README)", () => {
    const excel = inExcel("BENEFITSHARE", 1500, null, passed(inExcel("BENEFITBANDS", 2006)));
    expect(inEngine("=TYOALUE.BENEFITSHARE(1500,,TYOALUE.BENEFITBANDS(2006))")).toEqual(excel);
    expect(excel).toBe(0.5);
  });

  test("LABOURFORCE(PROJECTLABOURFORCE(100,0,2)): 100 + 100 + 100 = 300", () => {
    const excel = inExcel("LABOURFORCE", passed(inExcel("PROJECTLABOURFORCE", 100, 0, 2)));
    expect(inEngine("=TYOALUE.LABOURFORCE(TYOALUE.PROJECTLABOURFORCE(100,0,2))")).toEqual(excel);
    expect(excel).toBe(300);
  });

  test("STAFFALLOCATION(14,STAFFNEEDED(A1:A3,B1:B3),1)", () => {
    const needed = inExcel("STAFFNEEDED", [[100], [200], [300]], [[10], [10], [10]], null);
    expect(needed).toEqual([[10], [20], [30]]);
    const excel = inExcel("STAFFALLOCATION", 14, passed(needed), 1);
    const formula = "=TYOALUE.STAFFALLOCATION(14,TYOALUE.STAFFNEEDED(A1:A3,B1:B3),1)";
    expect(inEngine(formula, SHEET)).toEqual(excel);
    // 14 FTE by 10:20:30 in whole FTE: quotas 2.33, 4.67, 7 → 2, 5, 7 (largest remainder)
    expect(excel).toEqual([[2], [5], [7]]);
  });

  test("LABOURFORCE(C1:C3*1): an array expression", () => {
    const excel = inExcel("LABOURFORCE", [[1], [2], [3]]);
    expect(inEngine("=TYOALUE.LABOURFORCE(C1:C3*1)", SHEET)).toEqual(excel);
    expect(excel).toBe(6);
  });

  test("SUM(TYOALUE.PROJECTLABOURFORCE(100,0,2)): a built-in over a catalogue array", () => {
    expect(inEngine("=SUM(TYOALUE.PROJECTLABOURFORCE(100,0,2))")).toBe(300);
  });

  test("arithmetic on a catalogue array spills elementwise, as in Excel's dynamic arrays", () => {
    // Excel 365 multiplies each of PROJECTLABOURFORCE(100,0,2)'s three values by 2
    const excel = (inExcel("PROJECTLABOURFORCE", 100, 0, 2) as number[][]).map((r) => [r[0] * 2]);
    expect(excel).toEqual([[200], [200], [200]]);
    expect(inEngine("=TYOALUE.PROJECTLABOURFORCE(100,0,2)*2")).toEqual(excel);
  });

  test("array constants {1;2;3} and {1,2,3} keep their orientation", () => {
    expect(inEngine("=TYOALUE.LABOURFORCE({1;2;3})")).toEqual(
      inExcel("LABOURFORCE", [[1], [2], [3]])
    );
    const row = inExcel("STAFFALLOCATION", 6, [[1, 2, 3]], 1);
    expect(row).toEqual([[1, 2, 3]]);
    expect(inEngine("=TYOALUE.STAFFALLOCATION(6,{1,2,3},1)")).toEqual(row);
  });

  test("an error inside the inner call reaches the outer one as Excel passes it", () => {
    const excel = inExcel("LABOURFORCE", passed(inExcel("NEIGHBOURS", "Atlantis")));
    expect(inEngine('=TYOALUE.LABOURFORCE(TYOALUE.NEIGHBOURS("Atlantis"))')).toEqual(excel);
    expect(excel).toMatchObject({ error: "#VALUE!" });
  });

  test("a spilling error takes one cell, as in Excel", () => {
    const excel = inExcel("STAFFNEEDED", [[100], [200], ["x"]], [[10], [10], [10]], null);
    expect(excel).toMatchObject({ error: "#VALUE!" });
    expect(
      inEngine("=TYOALUE.STAFFNEEDED(A1:A3,B1:B3)", [
        [100, 10],
        [200, 10],
        ["'x", 10],
      ])
    ).toEqual(excel);
  });
});
