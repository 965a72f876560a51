import { excelSnapshot } from "../../src/host/excelSnapshot";
import { FakeWorkbookModel, fakeContext } from "./support/fakeExcel";

describe("excelSnapshot", () => {
  it("replaces formulas by their values in two syncs; a text result that looks like a formula stays text", async () => {
    const m = new FakeWorkbookModel();
    m.addSheet("Plan", {
      A1: { formula: "=TYOALUE.LABOURFORCE(B1:B2)", value: 28616 },
      A2: { formula: '=MUNICIPALITY("005")', value: "=Alajärvi" }, // hostile text result
      B1: { value: 6300 },
    });
    expect(await excelSnapshot(fakeContext(m), "Plan")).toBe(2);
    expect(m.syncs).toBe(2);
    const cells = m.sheet("Plan")!.cells;
    expect(cells.get("A1")).toEqual({ value: 28616, format: "General" });
    expect(cells.get("A2")).toEqual({ value: "=Alajärvi", format: "@" });
    expect(cells.get("B1")).toEqual({ value: 6300, format: "General" });
  });
});
