import { inEngine, inExcel } from "./support/twoHosts";

// Issue 13: FORMAREAS and SUGGESTMEMBERS through the Excel path and the engine (functions.md,
// "Forming areas"). Constructed labour force; Kokkola borders Kannus and Kruunupyy, which do
// not border each other (bundled 2025 adjacency, assets/data).
const TABLE = [
  ["Kokkola", 21000],
  ["Kannus", 20500],
  ["Kruunupyy", 4700],
];

describe("one formula, one value: forming areas", () => {
  test("FORMAREAS: Kruunupyy (4 700) joins its only member neighbour Kokkola", () => {
    const excel = inExcel(
      "FORMAREAS",
      [["Kokkola"], ["Kannus"], ["Kruunupyy"]],
      [[21000], [20500], [4700]],
      null,
      null
    );
    expect(excel).toEqual([[1], [2], [1]]);
    expect(inEngine("=TYOALUE.FORMAREAS(A1:A3,B1:B3)", TABLE)).toEqual(excel);
  });

  test("FORMAREAS: a row in gives a row out; an array constant works the same", () => {
    const excel = inExcel(
      "FORMAREAS",
      [["Kokkola", "Kannus", "Kruunupyy"]],
      [[21000, 20500, 4700]],
      null,
      null
    );
    expect(excel).toEqual([[1, 2, 1]]);
    expect(
      inEngine('=TYOALUE.FORMAREAS({"Kokkola","Kannus","Kruunupyy"},{21000,20500,4700})')
    ).toEqual(excel);
  });

  test("FORMAREAS: a group below the minimum is #N/A naming it, in both hosts", () => {
    const excel = inExcel("FORMAREAS", [["Kannus"], ["Kruunupyy"]], [[20500], [4700]], null, null);
    expect(excel).toMatchObject({ error: "#N/A", message: expect.stringContaining("Kruunupyy") });
    expect(inEngine("=TYOALUE.FORMAREAS(A2:A3,B2:B3)", TABLE)).toEqual(excel);
  });

  test("SUGGESTMEMBERS: Kannus and Kruunupyy need Kokkola to connect; its length is the answer's", () => {
    const excel = inExcel(
      "SUGGESTMEMBERS",
      [["Kannus"], ["Kruunupyy"]],
      [["Kokkola"], ["Kannus"], ["Kruunupyy"]],
      [[21000], [20500], [4700]],
      null,
      null
    );
    expect(excel).toBe("Kokkola"); // a 1×1 result shows as one value, as in Excel
    expect(inEngine("=TYOALUE.SUGGESTMEMBERS(A2:A3,A1:A3,B1:B3)", TABLE)).toEqual(excel);
    expect(inEngine("=SUM(LEN(TYOALUE.SUGGESTMEMBERS(A2:A3,A1:A3,B1:B3)))", TABLE)).toBe(7);
  });

  test('SUGGESTMEMBERS: "" when the members already qualify', () => {
    const excel = inExcel(
      "SUGGESTMEMBERS",
      [["Kokkola"]],
      [["Kokkola"], ["Kannus"], ["Kruunupyy"]],
      [[21000], [20500], [4700]],
      null,
      null
    );
    expect(excel).toBe("");
    expect(inEngine("=TYOALUE.SUGGESTMEMBERS(A1,A1:A3,B1:B3)", TABLE)).toEqual(excel);
  });
});
