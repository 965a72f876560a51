/** Updating the wizard's sheet in the preview's memory host (issue 11, item 4). */
import { cellAddress } from "../../src/core";
import { isAddinFormula } from "../../src/host/addinFormula";
import type { CellSpec } from "../../src/host/SheetSpec";
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { kymppiPlan } from "./support/plans";

const store = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};
const host = () =>
  createMemoryHost(
    engineEvaluate(() => "fi"),
    store()
  );
const kymppi = kymppiPlan();
const ten = planSheet(kymppi, SHEET_LABELS.fi);
const eight = planSheet({ ...kymppi, members: kymppi.members.slice(0, 8) }, SHEET_LABELS.fi);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("memory host: updateSheet", () => {
  it("rewrites the sheet in place: no second sheet, the removed members' rows empty, live totals", async () => {
    const h = host();
    const { name } = await h.writeSheet(ten);
    const result = await h.updateSheet(name, ten, eight);
    expect(result).toEqual({ ok: true, sheet: expect.objectContaining({ name, errorCells: [] }) });
    expect(await h.sheetNames()).toEqual(["Sheet1", "Työllisyysalue"]);
    const values = await h.readSheet(name);
    // Members start on row 5: the 8th is on row 12, Soini (10th) was on row 14.
    expect(values[11][1]).toBe(kymppi.members[7].name);
    expect(values[13]?.[0] ?? null).toBeNull();
    // R16: the labour force of the eight remaining members, summed from the fixture.
    expect(values[15][17]).toBe(sum(kymppi.members.slice(0, 8).map((m) => m.labourForce)));
    expect(h.sheet(name)!.tables.map((t) => t.name)).toEqual(["Jasenkunnat"]);
    expect(h.sheet(name)!.charts).toEqual(eight.charts); // the old ones replaced, not kept
  });

  it("refuses, naming the first add-in formula, once snapshotToValues has turned formulas into values", async () => {
    const h = host();
    const { name } = await h.writeSheet(ten);
    await h.snapshotToValues(name);
    const before = JSON.stringify(h.sheet(name));
    const result = await h.updateSheet(name, ten, eight);
    // The first cell (row by row) holding an add-in formula: snapshotToValues replaced it.
    const addin = (c: CellSpec) => c?.kind === "formula" && isAddinFormula(c.formula);
    const row = ten.cells.findIndex((r) => r.some(addin));
    const col = ten.cells[row].findIndex(addin);
    expect(result).toEqual({ ok: false, cell: cellAddress(row, col), reason: "edited" });
    expect(JSON.stringify(h.sheet(name))).toBe(before);
  });

  it("reports a missing sheet", async () => {
    await expect(host().updateSheet("Ei ole", ten, eight)).resolves.toEqual({
      ok: false,
      cell: "",
      reason: "missing",
    });
  });
});
