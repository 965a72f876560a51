import { excelSnapshot } from "../../src/host/excelSnapshot";
import { FakeWorkbookModel, fakeContext, type FakeCell } from "./support/fakeExcel";

// The Kymppi area plan's labour force, 28 616 (domain.md), declining 1.4 % a year:
// year 1: 28 616 × 0.986 = 28 616 − 400.624 = 28 215.376;
// year 2: 28 215.376 × 0.986 = 28 215.376 − 395.015264 = 27 820.360736.
const Y1 = 28215.376;
const Y2 = 27820.360736;

function plan(): FakeWorkbookModel {
  const m = new FakeWorkbookModel();
  const sheet = m.addSheet("Plan (2)", {
    B2: { formula: "=TYOALUE.PROJECTLABOURFORCE(C2,-0.014,2)", value: 28616, spill: "B2:B4" },
    B3: { value: Y1 },
    B4: { value: Y2 },
    C2: { value: 28616 },
    C3: { value: 1 },
    D2: { formula: "=SUM(C2:C3)", value: 28617 }, // 28 616 + 1
    D3: { value: "005", format: "General" }, // a code typed as text
    D4: { formula: "=tyoalue.shortfall(C2)", value: 0 }, // 28 616 ≥ 20 000: nothing short
    E2: { formula: "=_xldudf_TYOALUE_MUNICIPALITY(C2)", value: "=Alajärvi" }, // hostile text result
    E3: { formula: '=CONCAT("TYOALUE.X(",C2)', value: "TYOALUE.X(28616" }, // only inside a string
  });
  sheet.usedRange = "B2:E4";
  return m;
}

describe("excelSnapshot", () => {
  it("replaces only the add-in's formulas and their spills, in three syncs; text stays text", async () => {
    const m = plan();
    expect(await excelSnapshot(fakeContext(m), "Plan (2)")).toBe(3); // B2, D4, E2
    expect(m.syncs).toBe(3);
    const cells = Object.fromEntries(m.sheet("Plan (2)")!.cells) as Record<string, FakeCell>;
    expect([cells.B2, cells.B3, cells.B4]).toEqual([
      { value: 28616 },
      { value: Y1 },
      { value: Y2 },
    ]);
    expect(cells.D4).toEqual({ value: 0 });
    expect(cells.E2).toEqual({ value: "=Alajärvi", format: "@" });
    expect(cells.D2).toEqual({ formula: "=SUM(C2:C3)", value: 28617 });
    expect(cells.E3).toEqual({ formula: '=CONCAT("TYOALUE.X(",C2)', value: "TYOALUE.X(28616" });
    expect(cells.D3).toEqual({ value: "005", format: "General" });
    expect([cells.C2, cells.C3]).toEqual([{ value: 28616 }, { value: 1 }]);
  });

  it("leaves a sheet without add-in formulas untouched", async () => {
    const m = new FakeWorkbookModel();
    m.addSheet("Own", {
      A1: { value: "005" },
      A2: { formula: "=SUM(B1:B2)", value: 0 },
    }).usedRange = "A1:A2";
    expect(await excelSnapshot(fakeContext(m), "Own")).toBe(0);
    expect(Object.fromEntries(m.sheet("Own")!.cells)).toEqual({
      A1: { value: "005" },
      A2: { formula: "=SUM(B1:B2)", value: 0 },
    });
  });

  it.each([1, 200])("uses three syncs for %i spilling add-in formulas", async (n) => {
    const m = new FakeWorkbookModel();
    const cells: Record<string, FakeCell> = {};
    for (let i = 1; i <= n; i++) {
      cells[`A${i}`] = {
        formula: `=TYOALUE.NEIGHBOURS("${i}")`,
        value: `n${i}`,
        spill: `A${i}:C${i}`,
      };
      Object.assign(cells, { [`B${i}`]: { value: `b${i}` }, [`C${i}`]: { value: i } });
    }
    m.addSheet("Many", cells).usedRange = `A1:C${n}`;
    expect(await excelSnapshot(fakeContext(m), "Many")).toBe(n);
    expect(m.syncs).toBe(3);
    const last = m.sheet("Many")!.cells;
    expect([last.get(`A${n}`), last.get(`B${n}`), last.get(`C${n}`)]).toEqual([
      { value: `n${n}`, format: "@" },
      { value: `b${n}`, format: "@" },
      { value: n },
    ]);
  });
});
