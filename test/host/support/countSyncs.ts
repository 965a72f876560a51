/**
 * Counts the `context.sync()` calls the Excel host makes to write a plan of `members`
 * municipalities into an empty workbook (the fake Excel of this folder). Exported for the
 * benchmark too.
 */
import { excelWriteSheet } from "../../../src/host/excelWriteSheet";
import { SHEET_LABELS } from "../../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../../src/taskpane/sheet/planSheet";
import { FakeWorkbookModel, fakeContext } from "./fakeExcel";
import { registryPlan } from "./plans";

export async function countPlanSyncs(members: number): Promise<number> {
  const model = new FakeWorkbookModel();
  await excelWriteSheet(fakeContext(model), planSheet(registryPlan(members), SHEET_LABELS.fi));
  return model.syncs;
}
