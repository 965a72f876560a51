import { subsidyAllocation } from "../../src/core";
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n";
import { PARAM_ROWS, planSheet } from "../../src/taskpane/sheet/planSheet";
import { KYMPPI_MEMBERS as M, KYMPPI_PARAMS as P } from "../fixtures/wizard/kymppi";
import { kymppiPlan } from "../host/support/plans";

const store = { getItem: () => null, setItem: () => undefined };

describe("planSheet computed by the engine (Kymppi, constructed figures)", () => {
  let values: unknown[][];
  beforeAll(async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      store
    );
    const written = await host.writeSheet(planSheet(kymppiPlan(), SHEET_LABELS.fi));
    expect(written.errorCells).toEqual([]);
    values = await host.readSheet(written.name);
  }, 60000);
  const R = (key: keyof typeof PARAM_ROWS, offset = 0) => values[PARAM_ROWS[key] - 1 + offset][17];
  const col = (c: number) => M.map((_, i) => values[4 + i][c] as number);

  it("area results: 28 616, TRUE, 0 short, 25 years, contiguous", () => {
    expect([
      R("labourForce"),
      R("meetsMinimum"),
      R("shortfall"),
      R("yearsAbove"),
      R("contiguous"),
    ]).toEqual([28616, true, 0, 25, true]);
  });

  it("subsidy per member equals the core's allocation; cap 6 796 300 €, headroom 296 300 €", () => {
    const core = subsidyAllocation(
      P.amount,
      M.map((m) => m.workingAge),
      M.map((m) => m.unemployed),
      0.5
    );
    expect(col(12)).toEqual(core.ok ? core.value : undefined);
    expect([R("paymentCap"), R("headroom")]).toEqual([6796300, 296300]);
    expect(col(13).reduce((a, x) => a + Math.round(x * 100), 0)).toBe(650000000);
  });

  it("staffing: 10, 12 and 5 FTE needed (27), 40.0 FTE split", () => {
    expect([R("staffNeeded"), R("staffNeeded", 1), R("staffNeeded", 2), R("staffTotal")]).toEqual([
      10, 12, 5, 27,
    ]);
    expect(Math.round(col(14).reduce((a, b) => a + b, 0) * 10)).toBe(400);
  });

  it("projection: year 0 is 28 616 and year 25 is 28 616 × 0.986^25; the minimum line is 20 000", () => {
    expect(values[4][20]).toBe(28616);
    expect(values[29][20]).toBeCloseTo(28616 * 0.986 ** 25, 6);
    expect(values[29][21]).toBe(20000);
  });
});

describe("planSheet in Swedish and English", () => {
  it.each(["sv", "en"] as const)(
    "%s: localized sheet name and headers, the same computed results",
    async (lang) => {
      const host = createMemoryHost(
        engineEvaluate(() => lang),
        store
      );
      const written = await host.writeSheet(planSheet(kymppiPlan(), SHEET_LABELS[lang]));
      expect(written.name).toBe(SHEET_LABELS[lang].sheetName);
      const v = await host.readSheet(written.name);
      expect(v[3].slice(0, 3)).toEqual(SHEET_LABELS[lang].columns.slice(0, 3));
      expect(v[PARAM_ROWS.labourForce - 1][17]).toBe(28616);
      expect(v[PARAM_ROWS.headroom - 1][17]).toBe(296300);
    },
    60000
  );
});
