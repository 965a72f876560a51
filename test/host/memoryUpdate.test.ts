import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import type { SheetSpec } from "../../src/host/SheetSpec";

const store = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};
const host = () =>
  createMemoryHost(
    engineEvaluate(() => "en"),
    store()
  );

// Two plans for one sheet: 28 616 and, after members were removed, 17 516 (the figures).
const plan = (total: number, extraRow: boolean): SheetSpec => ({
  name: "Plan",
  cells: [
    [
      { kind: "text", text: "Total" },
      { kind: "number", value: total },
    ],
    ...(extraRow ? [[{ kind: "text" as const, text: "Removed member" }, null]] : []),
  ],
  tables: [{ name: "Members", range: extraRow ? "A1:B2" : "A1:B1" }],
  charts: [],
});

describe("memory host updateSheet", () => {
  it("rewrites the cells it wrote, clears the ones the new plan no longer has, keeps the sheet's name", async () => {
    const h = host();
    const written = await h.writeSheet(plan(28616, true));
    const r = await h.updateSheet(written.name, plan(28616, true), plan(17516, false));
    expect(r).toEqual({ ok: true, sheet: expect.objectContaining({ name: "Plan" }) });
    expect(await h.sheetNames()).toEqual(["Sheet1", "Plan"]);
    expect(await h.readSheet("Plan")).toEqual([["Total", 17516]]);
  });

  it("refuses, naming the cell, when the user changed a cell the wizard owns", async () => {
    const h = host();
    await h.writeSheet(plan(28616, false));
    h.sheet("Plan")!.cells[0][1] = { kind: "number", value: 1 }; // the user typed over B1
    const r = await h.updateSheet("Plan", plan(28616, false), plan(17516, false));
    expect(r).toEqual({ ok: false, cell: "B1", reason: "edited" });
    expect((await h.readSheet("Plan"))[0][1]).toBe(1);
  });

  it("refuses when the sheet is gone", async () => {
    const r = await host().updateSheet("Plan", plan(1, false), plan(2, false));
    expect(r).toMatchObject({ ok: false, reason: "missing" });
  });
});
