/**
 * The comparison sheet computed by the engine through the memory host gives, for each
 * scenario, the figures the core computes from the same inputs (two scenarios of the Kymppi
 * area's real municipalities, constructed figures: see support.ts and the Kymppi fixture).
 */
import type { CellValue } from "../../../src/host/WorkbookHost";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { compareSheet, TABLE_HEAD } from "../../../src/taskpane/sheet/compareSheet";
import { COMPARED } from "../../../src/taskpane/sheet/compareTable";
import { coreFigures } from "./coreFigures";
import { memoryHost, twoScenarios } from "./support";

const scenarios = twoScenarios();
const spec = compareSheet(scenarios, COMPARE_LABELS.fi);
let values: CellValue[][];

beforeAll(async () => {
  const host = memoryHost();
  const written = await host.writeSheet(spec);
  expect(written.errorCells).toEqual([]);
  values = await host.readSheet(written.name);
}, 60000);

/** The comparison table's value of `key` for scenario `k`. */
const figure = (key: (typeof COMPARED)[number][0], k: number) =>
  values[TABLE_HEAD + COMPARED.findIndex(([f]) => f === key)][1 + k];
/** The per-member comparison's rows: code → [subsidy, payment, FTE] per scenario. */
const memberRow = (code: string) => values.find((r) => r[1] === code && r[0] !== null)!;

describe.each([0, 1])("scenario %i: the comparison equals the core's figures", (k) => {
  const core = coreFigures(scenarios[k].plan);
  it("area: members, labour force, verdict, shortfall, contiguity", () => {
    expect(
      ["memberCount", "labourForce", "meetsMinimum", "shortfall", "contiguous"].map((f) =>
        figure(f as never, k)
      )
    ).toEqual([
      core.memberCount,
      core.labourForce,
      core.meetsMinimum,
      core.shortfall,
      core.contiguous,
    ]);
  });
  it("money: subsidy in total, cap, budget, headroom", () => {
    const total = core.subsidies.reduce((a, s) => a + Math.round(s * 100), 0) / 100;
    expect(
      ["subsidyTotal", "paymentCap", "budget", "headroom"].map((f) => figure(f as never, k))
    ).toEqual([total, core.paymentCap, scenarios[k].plan.budget, core.headroom]);
  });
  it("staffing: FTE need per service line and in total, FTE transferring", () => {
    expect(
      ["staffNeeded0", "staffNeeded1", "staffNeeded2", "staffTotal", "transferFte"].map((f) =>
        figure(f as never, k)
      )
    ).toEqual([...core.staffNeeded, core.staffTotal, scenarios[k].plan.transferFte]);
  });
  it("per member: subsidy, payment and FTE split of each member", () => {
    scenarios[k].plan.members.forEach((m, i) =>
      expect(memberRow(m.code).slice(2 + 3 * k, 5 + 3 * k)).toEqual([
        core.subsidies[i],
        core.payments[i],
        core.split[i],
      ])
    );
  });
});

describe("the two Kymppi scenarios side by side", () => {
  it("hand-checked: 28 616 and 28 050 people (Soini's 566 gone), headroom 296 300 and 396 300 €", () => {
    // Kymppi fixture: labour force sum 28 616, Soini 566; cap 0.95 × 7 154 000 = 6 796 300 €
    // in both (the same amount is apportioned); budgets 6 500 000 and 6 400 000 €.
    expect([figure("labourForce", 0), figure("labourForce", 1)]).toEqual([28616, 28050]);
    expect([figure("headroom", 0), figure("headroom", 1)]).toEqual([296300, 396300]);
  });

  it("lists the union in registry order, Soini empty in the scenario without it", () => {
    const codes = values.filter((r) => /^\d{3}$/.test(String(r[1])) && r[3] !== null);
    expect(codes.slice(0, 10).map((r) => r[1])).toEqual([
      "005",
      "010",
      "052",
      "233",
      "300",
      "403",
      "408",
      "759",
      "934",
      "989",
    ]);
    expect(memberRow("759").slice(5, 8)).toEqual([null, null, null]);
  });

  it("names in the ≠ column the scenario that differs, and nothing where they agree", () => {
    const marker = (key: (typeof COMPARED)[number][0]) =>
      values[TABLE_HEAD + COMPARED.findIndex(([f]) => f === key)][3];
    expect([marker("labourForce"), marker("paymentCap"), marker("staffTotal")]).toEqual([
      "Ilman Soinia",
      "",
      "",
    ]);
    expect(memberRow("759")[8]).toBe("Ilman Soinia");
  });
});
