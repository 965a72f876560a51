/**
 * The comparison sheet follows each scenario's cost sharing. Scenarios typed into the wizard
 * and turned into plans by the pane's own `evaluateScenario`: Kymppi as a joint authority
 * (support/kymppiInputs.ts) and Kymppi as a lead municipality (support/leadInputs.ts: agreed
 * shares 22, 21, 16, 14, 8, 5,5, 4,5, 4, 3, 2 %; budgets 6 500 000, 6 700 000, 6 796 300 €).
 * The sheet, computed by the engine through the memory host, pays each member what the
 * wizard's `calculate` pays for the same inputs, to the cent, in all three years.
 */
import { differingCells } from "../../../src/host/differs";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { BLOCK_COL } from "../../../src/taskpane/sheet/blockColumns";
import { compareSheet, TABLE_HEAD } from "../../../src/taskpane/sheet/compareSheet";
import { comparedFigures, COMPARED } from "../../../src/taskpane/sheet/compareTable";
import { evaluateScenario } from "../../../src/taskpane/wizard/scenarios/evaluateScenario";
import { kymppiInputs } from "../support/kymppiInputs";
import { leadInputs } from "../support/leadInputs";
import { memoryHost } from "./support";

const L = COMPARE_LABELS.fi;
const NA = L.plan.lead.notApplicable; // "ei sovelleta", the plan sheet's words
const scenario = (name: string, inputs: Parameters<typeof evaluateScenario>[0]) => {
  const e = evaluateScenario(inputs, "fi");
  expect([...e.errors]).toEqual([]);
  return { name, plan: e.plan!, calc: e.calc };
};
const joint = () => scenario("Kuntayhtymä", kymppiInputs());
const percent = () => scenario("Prosentit", leadInputs("percent"));
const fixedUse = () => scenario("Kiinteä + käyttö", leadInputs("fixedUse", "50"));
/** 0-based row of a figure in the comparison table of a comparison with a lead scenario. */
const rowOf = (key: (typeof COMPARED)[number][0]) =>
  TABLE_HEAD + comparedFigures(true).findIndex(([f]) => f === key);
const YEAR_COLS = [BLOCK_COL.payment, BLOCK_COL.planningPayments, BLOCK_COL.planningPayments + 1];

async function computed(scenarios: ReturnType<typeof joint>[]) {
  const host = memoryHost();
  const spec = compareSheet(scenarios, L);
  const written = await host.writeSheet(spec);
  const values = await host.readSheet(written.name);
  const formulas = spec.cells.flat().flatMap((c) => (c?.kind === "formula" ? [c.formula] : []));
  /** Scenario `k`'s payments per member, n×3, read from its block's member rows. */
  const payments = (k: number) => {
    const top = values.findIndex((r) => r[0] === `${L.scenario}: ${scenarios[k].name}`);
    const n = scenarios[k].plan.members.length;
    return values.slice(top + 2, top + 2 + n).map((r) => YEAR_COLS.map((c) => r[c]));
  };
  return { spec, written, values, formulas, payments };
}

describe("comparison sheet: a joint authority (A) beside a lead municipality's percentages (B)", () => {
  let r: Awaited<ReturnType<typeof computed>>;
  const [a, b] = [joint(), percent()];
  beforeAll(async () => {
    r = await computed([a, b]);
  }, 60000);

  it("computes without an error cell", () => {
    expect(r.written.errorCells).toEqual([]);
  });

  it("B pays what calculate pays, to the cent, in all three years: 1 430 000 € for Kauhava", () => {
    expect(r.payments(1)).toEqual(b.calc.years!.payments);
    // 6 500 000 × 22 % (leadYears.test.ts); planning year 2: 6 796 300 × 5.5 % for Kuortane
    expect(r.payments(1)[0][0]).toBe(1430000);
    expect(r.payments(1)[5][2]).toBe(373796.5);
    expect(
      r.formulas.some((f) => /^=TYOALUE\.ALLOCATE\(\$S\$\d+,\$M\$\d+:\$M\$\d+,1\)$/.test(f))
    ).toBe(true);
  });

  it("names each scenario's cost-sharing model first; B's is marked", () => {
    expect(rowOf("model")).toBe(TABLE_HEAD);
    expect(r.values[rowOf("model")].slice(0, 4)).toEqual([
      L.costSharing,
      L.models.joint,
      L.models.percent,
      b.name,
    ]);
    // The budget row's label without "joint authority" (the lead's budget is not one's).
    expect(r.values[rowOf("budget")][0]).toBe(L.plan.years.budget);
  });

  it("A still pays by MEMBERPAYMENTS within the cap, as calculate does", () => {
    expect(r.payments(0).map((row) => row[0])).toEqual(a.calc.payments);
    expect(r.payments(0)).toEqual(a.calc.years!.payments);
  });

  it("B's cap and headrooms say 'ei sovelleta'; the ≠ column names B on those rows", () => {
    for (const key of ["paymentCap", "headroom", "headroom1", "headroom2"] as const) {
      const row = r.values[rowOf(key)];
      expect(typeof row[1]).toBe("number"); // A's cap and headroom
      expect([row[2], row[3]]).toEqual([NA, b.name]);
    }
    // A's cap: 6 796 300 € (compareLive.test.ts: headroom 6 796 300 − 6 500 000 = 296 300 €)
    expect(r.values[rowOf("paymentCap")][1]).toBe(6796300);
  });

  it("the highlight marks B's 'not applicable' against A's figure (a number never equals text)", () => {
    const marked = differingCells(r.spec.conditionalFormats, r.values);
    for (const key of ["paymentCap", "headroom", "headroom1", "headroom2"] as const)
      expect(marked.has(`${rowOf(key)},2`)).toBe(true);
    expect(marked.has(`${rowOf("budget")},2`)).toBe(false); // both 6 500 000 €
  });
});

describe("comparison sheet: two lead municipalities (percentages A, fixed plus use B)", () => {
  let r: Awaited<ReturnType<typeof computed>>;
  const [a, b] = [percent(), fixedUse()];
  beforeAll(async () => {
    r = await computed([a, b]);
  }, 60000);

  it("each pays what calculate pays for its model, to the cent, in all three years", () => {
    expect(r.written.errorCells).toEqual([]);
    expect(r.payments(0)).toEqual(a.calc.years!.payments);
    expect(r.payments(1)).toEqual(b.calc.years!.payments);
    // 50 % × 6 500 000 × 22 % + 50 % × 6 500 000 × 820 / 3 762 clients (leadYears.test.ts)
    expect(r.payments(1)[0][0]).toBe(1423399.79);
  });

  it("both caps 'ei sovelleta': equal, so no ≠ mark; the payments differ, so B is named", () => {
    for (const key of ["paymentCap", "headroom", "headroom2"] as const)
      expect(r.values[rowOf(key)].slice(1, 4)).toEqual([NA, NA, ""]);
    expect(r.values[rowOf("budget")].slice(1, 4)).toEqual([6500000, 6500000, ""]);
    const marked = differingCells(r.spec.conditionalFormats, r.values);
    expect(marked.has(`${rowOf("paymentCap")},2`)).toBe(false);
    // The per-member comparison: Kauhava's payment 1 430 000 € against 1 423 399.79 €.
    const kauhava = r.values.findIndex((row) => row[0] === "Kauhava");
    expect([r.values[kauhava][3], r.values[kauhava][6]]).toEqual([1430000, 1423399.79]);
    expect(r.values[kauhava][8]).toBe(b.name);
    expect(marked.has(`${kauhava},6`)).toBe(true);
  });
});

describe("a lead scenario's agreement stays live: its shares and fixed part are inputs", () => {
  it("a fixed part typed over to 100 % pays by the agreed percentages alone", async () => {
    const [a, b] = [percent(), fixedUse()];
    const host = memoryHost();
    const { name } = await host.writeSheet(compareSheet([a, b], L));
    const cells = host.sheet(name)!.cells;
    const top = cells.findIndex((row) => row[0]?.kind === "text" && row[0].text.endsWith(b.name));
    const at = cells.findIndex(
      (row, i) => i > top && row.some((c) => c?.kind === "text" && c.text === L.plan.lead.fixedPart)
    );
    const c = cells[at].findIndex((x) => x?.kind === "text" && x.text === L.plan.lead.fixedPart);
    cells[at][c + 1] = { kind: "number", value: 1, style: "input" };
    const v = await host.readSheet(name);
    const paid = (k: number) => {
      const t = v.findIndex((row) => row[0] === `${L.scenario}: ${[a, b][k].name}`);
      return v.slice(t + 2, t + 12).map((row) => YEAR_COLS.map((col) => row[col]));
    };
    // leadYears.test.ts: "a fixed part of 100 % is the agreed percentages alone"
    expect(paid(1)).toEqual(paid(0));
    expect(paid(1)[0][0]).toBe(1430000); // 6 500 000 × 22 %
  }, 60000);

  it("Kauhava's share typed over from 22 % to 21 % and Lapua's to 22 %: their payments swap", async () => {
    const b = percent();
    const host = memoryHost();
    const { name } = await host.writeSheet(compareSheet([joint(), b], L));
    const cells = host.sheet(name)!.cells;
    const top = cells.findIndex((row) => row[0]?.kind === "text" && row[0].text.endsWith(b.name));
    // B's first two member rows are Kauhava and Lapua (support/leadInputs.ts), shares in M.
    cells[top + 2][BLOCK_COL.shares] = { kind: "number", value: 0.21, style: "input" };
    cells[top + 3][BLOCK_COL.shares] = { kind: "number", value: 0.22, style: "input" };
    const v = await host.readSheet(name);
    // 6 500 000 × 21 % = 1 365 000 €; × 22 % = 1 430 000 € (leadYears.test.ts)
    expect([v[top + 2][0], v[top + 2][BLOCK_COL.payment]]).toEqual(["Kauhava", 1365000]);
    expect([v[top + 3][0], v[top + 3][BLOCK_COL.payment]]).toEqual(["Lapua", 1430000]);
  }, 60000);
});
