import { inEngine, inExcel } from "./support/twoHosts";

// Issue 12: MUNICIPALITY elementwise, unknown names in neighbourPairs and Statistics
// Finland's labels, each formula through the Excel path and the engine (functions.md).
// Names and codes: the bundled 2025 registry (assets/data/kunnat_2025.csv).

describe("one formula, one value: the municipality registry", () => {
  test("MUNICIPALITY over a column gives a column", () => {
    const excel = inExcel("MUNICIPALITY", [["Helsinki"], ["Vantaa"], [5]], "sv");
    expect(excel).toEqual([["Helsingfors"], ["Vanda"], ["Alajärvi"]]);
    expect(inEngine('=TYOALUE.MUNICIPALITY(A1:A3,"sv")', [["Helsinki"], ["Vantaa"], [5]])).toEqual(
      excel
    );
  });

  test("MUNICIPALITY over a row gives a row; an array constant works the same", () => {
    const excel = inExcel("MUNICIPALITY", [["Kokkola", "Kannus"]], "code");
    expect(excel).toEqual([["272", "217"]]);
    expect(inEngine('=TYOALUE.MUNICIPALITY(A1:B1,"code")', [["Kokkola", "Kannus"]])).toEqual(excel);
    expect(inEngine('=TYOALUE.MUNICIPALITY({"Kokkola","Kannus"},"code")')).toEqual(excel);
  });

  test("MUNICIPALITY of one value is one value; an unknown one in a list is #N/A naming its row", () => {
    expect(inEngine("=TYOALUE.MUNICIPALITY(91)")).toEqual(inExcel("MUNICIPALITY", 91, null));
    expect(inExcel("MUNICIPALITY", 91, null)).toBe("Helsinki");
    const excel = inExcel("MUNICIPALITY", [["Espoo"], ["Atlantis"]], null);
    expect(excel).toMatchObject({ error: "#N/A", message: expect.stringContaining("row 2") });
    expect(inEngine("=TYOALUE.MUNICIPALITY(A1:A2)", [["Espoo"], ["Atlantis"]])).toEqual(excel);
  });

  test('CONTIGUOUS({"Helsinki";"Vantaa"},{"Helsinki","Vantan"}) is #N/A naming the row', () => {
    const excel = inExcel("CONTIGUOUS", [["Helsinki"], ["Vantaa"]], [["Helsinki", "Vantan"]]);
    expect(excel).toMatchObject({ error: "#N/A", message: expect.stringContaining("Vantan") });
    expect(excel).toMatchObject({ message: expect.stringContaining("row 1") });
    expect(inEngine('=TYOALUE.CONTIGUOUS({"Helsinki";"Vantaa"},{"Helsinki","Vantan"})')).toEqual(
      excel
    );
  });

  test("an unused pair naming Atlantis is refused too", () => {
    const pairs = [
      ["Helsinki", "Vantaa"],
      ["Kokkola", "Atlantis"],
    ];
    const excel = inExcel("CONTIGUOUS", [["Helsinki"], ["Vantaa"]], pairs);
    expect(excel).toMatchObject({ error: "#N/A", message: expect.stringContaining("row 2") });
    expect(
      inEngine("=TYOALUE.CONTIGUOUS(A1:A2,B1:C2)", [
        ["Helsinki", "Helsinki", "Vantaa"],
        ["Vantaa", "Kokkola", "Atlantis"],
      ])
    ).toEqual(excel);
  });

  test("Statistics Finland's labels are municipalities wherever one is read", () => {
    const labels = [["KU217 Kannus"], ["272 Kokkola"]];
    expect(inExcel("CONTIGUOUS", labels, null)).toBe(true);
    expect(inEngine("=TYOALUE.CONTIGUOUS(A1:A2)", labels)).toBe(true);
    const sv = inExcel("MUNICIPALITY", labels, "sv");
    expect(sv).toEqual([["Kannus"], ["Karleby"]]);
    expect(inEngine('=TYOALUE.MUNICIPALITY(A1:A2,"sv")', labels)).toEqual(sv);
    expect(inEngine('=TYOALUE.NEIGHBOURS("KU217 Kannus")')).toEqual(
      inExcel("NEIGHBOURS", "Kannus")
    );
  });
});
