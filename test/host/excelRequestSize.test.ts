/**
 * What the Excel host sends to write the wizard's plan sheet, recorded with Microsoft's own
 * request builder (office.js in a vm context, see support/officeRequests.ts): round trips
 * and bytes are those real office.js would send, so they are deterministic and asserted.
 */
import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import type { PlanCostSharing } from "../../src/taskpane/sheet/PlanInputs";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { recordingContext, type Answer } from "./support/officeRequests";
import { registryPlan } from "./support/plans";

/** An empty workbook: no sheets, no tables; every formula's value type is read back as []. */
const emptyWorkbook: Answer = (action, chain) => {
  if (action.ActionType !== 2) return undefined;
  return chain[chain.length - 1] === "GetRange" ? { ValueTypes: [] } : { _Items: [] };
};

async function record(members: number, costSharing?: PlanCostSharing) {
  const { ctx, requests } = recordingContext(emptyWorkbook);
  await excelWriteSheet(ctx, planSheet({ ...registryPlan(members), costSharing }, SHEET_LABELS.fi));
  return requests;
}

describe("the request that writes the wizard's sheet (Microsoft's request builder)", () => {
  it.each([10, 308])("takes three round trips for %i members", async (n) => {
    expect(await record(n)).toHaveLength(3);
  });

  it("stays under 200 KB for all 308 municipalities (issue 11: was 1.07 MB, 75 % per-row styles)", async () => {
    const requests = await record(308);
    const bytes = requests.reduce((a, r) => a + r.bytes, 0);
    // Measured with this recorder: 898 092 bytes (5 426 actions) with one format command per
    // styled row; 117 498 bytes with formats merged into rectangles.
    expect(bytes).toBeLessThan(200 * 1024);
  });

  it("a lead municipality's agreement also stays under 200 KB for 308 members (its largest model)", async () => {
    // Shares of 1/308 take a float's full 17 significant digits each (the worst case); the fixed-plus-use
    // model adds the clients column and the fixed part. Measured with this recorder: joint
    // authority 193 556 bytes, agreed percentages 196 655, fixed part plus use 199 230 (194 594
    // with shares of three decimals, as typed).
    const shares = Array.from({ length: 308 }, () => 1 / 308);
    const requests = await record(308, { model: "fixedUse", shares, fixedPart: 0.5 });
    expect(requests).toHaveLength(3);
    expect(requests.reduce((a, r) => a + r.bytes, 0)).toBeLessThan(200 * 1024);
  });

  it("sends one format command per rectangle, not per row: 308 rows cost no more style actions than 10", async () => {
    const formatActions = async (n: number) =>
      (await record(n))[1].actions.filter(
        (a) => a.ActionType === 4 && /^(Color|Bold)$/.test(a.Name)
      ).length;
    expect(await formatActions(308)).toBe(await formatActions(10));
  });
});
