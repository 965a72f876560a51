/**
 * The comparison stays live: an input typed into scenario B's block changes the comparison
 * table, the per-member comparison and the ≠ markers, computed by the engine (memory host).
 */
import { capHeadroomsByYear } from "../../../src/core";
import type { CellSpec } from "../../../src/host/SheetSpec";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { compareSheet, TABLE_HEAD } from "../../../src/taskpane/sheet/compareSheet";
import { COMPARED } from "../../../src/taskpane/sheet/compareTable";
import { coreFigures } from "./coreFigures";
import { memoryHost, twoScenarios } from "./support";

const rowOf = (key: (typeof COMPARED)[number][0]) =>
  TABLE_HEAD + COMPARED.findIndex(([f]) => f === key);

/** 0-based [row, col] of the first cell of `cells` whose text is `t`, searching from row `from`. */
function find(cells: readonly (readonly CellSpec[])[], t: string, from = 0): [number, number] {
  for (let r = from; r < cells.length; r++) {
    const c = cells[r].findIndex((x) => x?.kind === "text" && x.text === t);
    if (c >= 0) return [r, c];
  }
  throw new Error(`no cell "${t}"`);
}

describe("the comparison sheet is live", () => {
  it("B's budget typed over: the comparison's budget, headroom and marker follow", async () => {
    const host = memoryHost();
    const spec = compareSheet(twoScenarios(), COMPARE_LABELS.fi);
    const { name } = await host.writeSheet(spec);
    const cells = host.sheet(name)!.cells;
    // Scenario B's block: its title row, then the budget's label in the parameter column.
    const [blockTop] = find(cells, `${COMPARE_LABELS.fi.scenario}: Ilman Soinia`);
    const [r, c] = find(cells, COMPARE_LABELS.fi.plan.params.budget, blockTop);
    let v = await host.readSheet(name);
    expect(v[rowOf("budget")][2]).toBe(6400000);
    expect(v[rowOf("budget")][3]).toBe("Ilman Soinia");
    // 6 500 000 € as in A: headroom 6 796 300 − 6 500 000 = 296 300 € as in A (same cap).
    cells[r][c + 1] = { kind: "number", value: 6500000, style: "input" };
    v = await host.readSheet(name);
    expect([v[rowOf("budget")][2], v[rowOf("headroom")][2]]).toEqual([6500000, 296300]);
    expect([v[rowOf("budget")][3], v[rowOf("headroom")][3]]).toEqual(["", ""]);
  }, 60000);

  it("Soini added back to B (a member row typed over): labour force and per-member figures follow", async () => {
    const host = memoryHost();
    const [a, b] = twoScenarios();
    const { name } = await host.writeSheet(compareSheet([a, b], COMPARE_LABELS.fi));
    const cells = host.sheet(name)!.cells;
    const [blockTop] = find(cells, `${COMPARE_LABELS.fi.scenario}: Ilman Soinia`);
    // B's first member row is Kauhava (6 300 people); make it 6 300 + 566 = 6 866.
    const [r] = find(cells, "Kauhava", blockTop);
    cells[r][2] = { kind: "number", value: 6866, style: "input" };
    const v = await host.readSheet(name);
    expect(v[rowOf("labourForce")].slice(1, 4)).toEqual([28616, 28616, ""]);
  }, 60000);

  it("the planning years: typed budgets and subsidies give the core's headroom per year", async () => {
    const [a, b] = twoScenarios();
    const typed = b.plan.members.map((_, i) => [
      undefined,
      i === 0 ? 1500000 : undefined,
      undefined,
    ]);
    const plan = { ...b.plan, planningBudgets: [6300000, 6200000] as const, yearSubsidies: typed };
    const host = memoryHost();
    const { name } = await host.writeSheet(compareSheet([a, { ...b, plan }], COMPARE_LABELS.fi));
    const v = await host.readSheet(name);
    const subsidies = coreFigures(plan).subsidies;
    const block = subsidies.map((s, i) => [s, typed[i][1] ?? s, s]);
    const core = capHeadroomsByYear([6400000, 6300000, 6200000], block, 0.95);
    expect(core.ok).toBe(true);
    const got = ["headroom", "headroom1", "headroom2"].map((k) => v[rowOf(k as never)][2]);
    expect(got).toEqual(core.ok ? core.value : []);
    // By hand: B's subsidies add up to 7 154 000 €; Kauhava typed 1 500 000 € instead of its
    // computed 1 589 803.73 € leaves 7 064 196.27 €; cap 0.95 × that = 6 710 986.4565, down to
    // 6 710 986.45 €; minus the planning year's budget 6 300 000 € = 410 986.45 €.
    expect(got[1]).toBe(410986.45);
  }, 60000);
});
