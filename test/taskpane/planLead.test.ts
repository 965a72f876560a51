/**
 * The plan sheet of a lead-municipality area, computed by the engine through the memory
 * host (as the preview does): payments are live ALLOCATE formulas over the agreed shares
 * (and the clients), the fixed part a parameter, the cap cells say "no cap". Kymppi fixture
 * with the agreed shares of support/leadInputs.ts; figures by hand in leadYears.test.ts.
 */
import { allocate } from "../../src/core";
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n";
import type { PlanCostSharing, PlanInputs } from "../../src/taskpane/sheet/PlanInputs";
import { PARAM_ROWS, planSheet } from "../../src/taskpane/sheet/planSheet";
import { kymppiPlan } from "../host/support/plans";

const store = { getItem: () => null, setItem: () => undefined };
// 22, 21, 16, 14, 8, 5.5, 4.5, 4, 3, 2 % (support/leadInputs.ts)
const SHARES = [0.22, 0.21, 0.16, 0.14, 0.08, 0.055, 0.045, 0.04, 0.03, 0.02];
const BUDGETS = [6500000, 6700000, 6796300]; // as in planYears.test.ts
const L = SHEET_LABELS.fi;

async function computed(sharing: PlanCostSharing) {
  const plan: PlanInputs = {
    ...kymppiPlan(),
    planningBudgets: [BUDGETS[1], BUDGETS[2]],
    costSharing: sharing,
  };
  const spec = planSheet(plan, L);
  const host = createMemoryHost(
    engineEvaluate(() => "fi"),
    store
  );
  const written = await host.writeSheet(spec);
  expect(written.errorCells).toEqual([]);
  const values = await host.readSheet(written.name);
  const formulas = spec.cells.flat().flatMap((c) => (c?.kind === "formula" ? [c.formula] : []));
  const n = plan.members.length;
  const column = (c: number) => values.slice(4, 4 + n).map((r) => r[c] as number);
  const rowOf = (label: string) => values.findIndex((r) => r[36] === label);
  return { values, formulas, column, rowOf, plan };
}
const cents = (xs: readonly number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0);

describe("plan sheet: a lead municipality's agreed percentages", () => {
  let r: Awaited<ReturnType<typeof computed>>;
  beforeAll(async () => {
    r = await computed({ model: "percent", shares: SHARES });
  }, 60000);

  it("pays 6 500 000 × the agreed share in column N: 1 430 000 € for Kauhava (22 %)", () => {
    expect(r.column(13)).toEqual([
      1430000, 1365000, 1040000, 910000, 520000, 357500, 292500, 260000, 195000, 130000,
    ]);
    expect(r.formulas).toContain("=TYOALUE.ALLOCATE($R$11,$AI$5:$AI$14,1)");
  });

  it("splits each year's budget by ALLOCATE, adding up to it to the cent", () => {
    [0, 1, 2].forEach((j) => {
      const year = r.column(37 + j);
      expect(
        allocate(
          BUDGETS[j],
          SHARES.map((s) => [s]),
          [1]
        )
      ).toEqual({ ok: true, value: year });
      expect(cents(year)).toBe(BUDGETS[j] * 100);
    });
  });

  it("says there is no cap where a joint authority has one", () => {
    const noCap = L.lead.noCap;
    expect(r.values[r.rowOf(L.years.cap)][37]).toBe(noCap);
    expect(r.values[r.rowOf(L.years.headroom)][37]).toBe(noCap);
    const R = (row: number) => r.values[row - 1].slice(16, 18);
    const na = L.lead.notApplicable;
    expect(R(PARAM_ROWS.capRatio)).toEqual([L.params.capRatio, na]);
    expect(R(PARAM_ROWS.paymentCap)).toEqual([L.results.paymentCap, na]);
    expect(R(PARAM_ROWS.headroom)).toEqual([L.results.headroom, na]);
    expect(R(23)).toEqual([L.lead.modelPercent, null]);
    expect(R(PARAM_ROWS.budget)).toEqual([L.lead.budget, 6500000]);
    expect(r.formulas.some((f) => /PAYMENTCAP|CAPHEADROOM|MEMBERPAYMENTS/.test(f))).toBe(false);
  });
});

describe("plan sheet: a fixed part plus a part by use", () => {
  let r: Awaited<ReturnType<typeof computed>>;
  beforeAll(async () => {
    r = await computed({ model: "fixedUse", shares: SHARES, fixedPart: 0.5 });
  }, 60000);

  it("Kauhava pays 1 423 399.79 € and Soini 101 283.89 € (hand calculation in leadYears.test.ts)", () => {
    expect(r.column(13)[0]).toBe(1423399.79);
    expect(r.column(13)[9]).toBe(101283.89);
    expect(r.formulas).toContain("=TYOALUE.ALLOCATE($R$11,$AI$5:$AJ$14,$R$23:$R$24)");
  });

  it("takes the clients beside the shares (820 for Kauhava) and 1 − the fixed part as the use part", () => {
    expect(r.column(35)[0]).toBe(820); // 290 + 440 + 90 (fixture)
    expect(r.values[22].slice(16, 18)).toEqual([L.lead.fixedPart, 0.5]);
    expect(r.values[23].slice(16, 18)).toEqual([L.lead.usePart, 0.5]);
  });

  it("splits each year as the core's ALLOCATE does and ties out to the cent", () => {
    const clients = r.plan.members.map((m) => m.clients[0] + m.clients[1] + m.clients[2]);
    const criteria = SHARES.map((s, i) => [s, clients[i]]);
    [0, 1, 2].forEach((j) => {
      const year = r.column(37 + j);
      expect(allocate(BUDGETS[j], criteria, [0.5, 0.5])).toEqual({ ok: true, value: year });
      expect(cents(year)).toBe(BUDGETS[j] * 100);
      expect(Math.round((r.values[r.rowOf(L.years.total)][37 + j] as number) * 100)).toBe(
        BUDGETS[j] * 100
      );
    });
  });
});

describe("plan sheet: switching a created sheet from the joint authority to an agreement", () => {
  it("updates in place: the subsidies per year go, the shares come, N pays by them", async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      store
    );
    const before = planSheet(kymppiPlan(), L);
    const after = planSheet(
      { ...kymppiPlan(), costSharing: { model: "percent", shares: SHARES } },
      L
    );
    const written = await host.writeSheet(before);
    const update = await host.updateSheet(written.name, before, after);
    expect(update).toMatchObject({ ok: true });
    const values = await host.readSheet(written.name);
    expect(values[4][36]).toBeNull(); // AK5: the third year's subsidy, gone
    expect(values[4][34]).toBe(0.22); // AI5: Kauhava's agreed share
    expect(values[4][13]).toBe(1430000); // N5: 6 500 000 × 22 %
  }, 60000);
});
