/**
 * What the Excel host sends for a comparison of five lead-municipality scenarios of 30
 * members each (support.ts's five windows, each with an agreement), recorded with Microsoft's
 * own request builder (test/host/support/officeRequests.ts). A lead scenario's block has more
 * formatted ranges than a joint authority's (its shares, clients and "not applicable" cells).
 */
import { excelWriteSheet } from "../../../src/host/excelWriteSheet";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { compareSheet } from "../../../src/taskpane/sheet/compareSheet";
import type { PlanCostSharing } from "../../../src/taskpane/sheet/PlanInputs";
import { recordingContext, type Answer } from "../../host/support/officeRequests";
import { fiveScenarios } from "./support";

/** An empty workbook: no sheets, no tables (as excelConditionalFormats.test.ts). */
const emptyWorkbook: Answer = (action, chain) => {
  if (action.ActionType !== 2) return undefined;
  return chain[chain.length - 1] === "GetRange" ? { ValueTypes: [] } : { _Items: [] };
};

async function bytes(model: PlanCostSharing["model"]) {
  // 10 × 4 % + 20 × 3 % = 100 % (synthetic shares); a fixed part of 50 %.
  const shares = Array.from({ length: 30 }, (_, i) => (i < 10 ? 0.04 : 0.03));
  const costSharing: PlanCostSharing =
    model === "percent" ? { model, shares } : { model, shares, fixedPart: 0.5 };
  const scenarios = fiveScenarios().map((s) => ({ ...s, plan: { ...s.plan, costSharing } }));
  const { ctx, requests } = recordingContext(emptyWorkbook);
  await excelWriteSheet(ctx, compareSheet(scenarios, COMPARE_LABELS.fi));
  return { trips: requests.length, bytes: requests.reduce((a, r) => a + r.bytes, 0) };
}

describe("5 lead-municipality scenarios × 30 members", () => {
  // Measured with this recorder: 206 946 B (percentages) and 206 361 B (fixed plus use),
  // against 193 539 B for five joint authorities: just over the plan sheet's 200 KB budget
  // (204 800 B). This guards against growing further.
  it.each(["percent", "fixedUse"] as const)("%s: three round trips, under 210 KB", async (m) => {
    const r = await bytes(m);
    expect(r.trips).toBe(3);
    expect(r.bytes).toBeLessThan(210 * 1024);
  });
});
