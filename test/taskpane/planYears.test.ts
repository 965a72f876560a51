import { capHeadroomsByYear, memberPaymentsByYear, paymentCapsByYear } from "../../src/core";
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { kymppiPlan } from "../host/support/plans";

const store = { getItem: () => null, setItem: () => undefined };
const L = SHEET_LABELS.fi.years;

describe("plan sheet: the budget year and two planning years as live formulas (Kymppi)", () => {
  // 6 500 000 is the fixture's budget; 6 700 000 and 6 796 300 (= the cap) typed planning years.
  const plan = { ...kymppiPlan(), planningBudgets: [6700000, 6796300] as const, startYear: 2023 };
  const n = plan.members.length;
  let values: unknown[][];
  let formulas: string[];
  beforeAll(async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      store
    );
    const spec = planSheet(plan, SHEET_LABELS.fi);
    formulas = spec.cells.flat().flatMap((c) => (c?.kind === "formula" ? [c.formula] : []));
    const written = await host.writeSheet(spec);
    expect(written.errorCells).toEqual([]);
    values = await host.readSheet(written.name);
  }, 60000);
  // Columns AH–AN (0-based 33–39) beside the member rows (0-based 4…); totals, budgets, caps
  // and headrooms below them, labelled in AK (36), values in AL–AN (37–39).
  const rowOf = (label: string) => values.findIndex((r) => r[36] === label);
  const years = (row: number) => values[row].slice(37, 40) as number[];
  const members = (from: number) => values.slice(4, 4 + n).map((r) => r.slice(from, from + 3));

  it("heads the columns with the budget year (figures of 2023 → 2024) and the planning years", () => {
    expect(values[2][33]).toBe(L.title);
    expect(values[3].slice(37, 40)).toEqual(
      ["2024", "2025", "2026"].map((y) => `${L.payments} ${y}`)
    );
    expect(years(rowOf(L.budget))).toEqual([6500000, 6700000, 6796300]);
  });

  it("computes payments, caps and headrooms as the core's kernels do, with totals = budgets", () => {
    const subsidies = members(34) as number[][];
    const budgets = years(rowOf(L.budget));
    const payments = members(37);
    expect(memberPaymentsByYear(budgets, subsidies, 0.95)).toEqual({ ok: true, value: payments });
    expect(paymentCapsByYear(subsidies, 0.95)).toEqual({ ok: true, value: years(rowOf(L.cap)) });
    expect(capHeadroomsByYear(budgets, subsidies, 0.95)).toEqual({
      ok: true,
      value: years(rowOf(L.headroom)),
    });
    // cap 0.95 × 7 154 000 = 6 796 300 (functions.md example figures, calculate.test.ts);
    // headrooms 296 300, 96 300 and 0.
    expect(years(rowOf(L.headroom))).toEqual([296300, 96300, 0]);
    expect(years(rowOf(L.total)).map((x) => Math.round(x * 100))).toEqual(
      budgets.map((b) => b * 100)
    );
    // Exactly, not only to the cent: the total row rounds its SUM (6 499 999.999999998 before).
    expect(years(rowOf(L.total))).toEqual(budgets);
  });

  it("writes one MEMBERPAYMENTS, PAYMENTCAP and CAPHEADROOM over the n×3 block", () => {
    const block = `$AI$5:$AK$${4 + n}`;
    expect(formulas.filter((f) => f.includes(`PAYMENTCAP(${block}`))).toHaveLength(1);
    expect(formulas.filter((f) => f.includes(`,${block},`))).toHaveLength(2); // payments, headroom
  });
});

describe("plan sheet: a subsidy typed for a year is an input there, the rest stay formulas", () => {
  it("writes the typed figure and computes that year's cap from it", async () => {
    const base = kymppiPlan();
    const typed = base.members.map((_, i) => (i === 0 ? [undefined, undefined, 1000000] : []));
    const spec = planSheet({ ...base, yearSubsidies: typed }, SHEET_LABELS.fi);
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      store
    );
    const written = await host.writeSheet(spec);
    const values = await host.readSheet(written.name);
    expect(spec.cells[4][36]).toMatchObject({ kind: "number", value: 1000000 });
    expect(spec.cells[4][35]).toMatchObject({ kind: "formula" });
    const year3 = values.slice(4, 4 + base.members.length).map((r) => r[36] as number);
    const cap = paymentCapsByYear(
      year3.map((x) => [x]),
      0.95
    );
    const capCell = values[values.findIndex((r) => r[36] === L.cap)][39];
    expect(cap).toEqual({ ok: true, value: [capCell] });
    expect(year3[0]).toBe(1000000);
  });
});
