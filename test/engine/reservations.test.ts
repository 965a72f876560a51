import { createWorkbookEngine, isEngineError } from "../../src/engine";

// Spill sizes after edits: an error takes one cell (as in Excel) and the spill comes back
// when the input is fixed; a size that depends on a value follows the value.
// Figures, hand calculation: 100, 200 and 300 clients at 10 per official need 10, 20, 30 FTE.

describe("spills whose size changes", () => {
  it("an error shrinks the spill to one cell; fixing the input restores it", () => {
    const e = createWorkbookEngine({
      S: [
        [100, 10, "=TYOALUE.STAFFNEEDED(A1:A3,B1:B3)"],
        [200, 10],
        ["'x", 10],
      ],
    });
    expect(isEngineError(e.getResult("S", "C1"))).toBe(true);
    expect(e.getValue("S", "C2")).toBeNull();
    e.setCells("S", "A3", [[300]]);
    expect(e.getResult("S", "C1")).toEqual([[10], [20], [30]]);
    e.setCells("S", "A3", [["'y"]]);
    expect(isEngineError(e.getResult("S", "C1"))).toBe(true);
    expect(e.getValue("S", "C3")).toBeNull();
    e.destroy();
  });

  it("a nested array keeps its outer formula's size in step", () => {
    const e = createWorkbookEngine({
      S: [['=TYOALUE.MUNICIPALITY(TYOALUE.NEIGHBOURS(B1),"sv")', "Kannus"]],
    });
    // Kannus's neighbours (bundled 2025 adjacency): Kalajoki, Kokkola, Sievi, Toholampi
    expect(e.getResult("S", "A1")).toEqual([["Kalajoki"], ["Karleby"], ["Sievi"], ["Toholampi"]]);
    e.setCells("S", "B1", [["Helsinki"]]); // Esbo, Sibbo, Vanda
    expect(e.getResult("S", "A1")).toEqual([["Esbo"], ["Sibbo"], ["Vanda"]]);
    expect(e.getValue("S", "A4")).toBeNull();
    e.destroy();
  });
});
