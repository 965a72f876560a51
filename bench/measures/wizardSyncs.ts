/**
 * `context.sync()` calls the Excel host makes to write the wizard's plan sheet, counted on
 * the fake Excel of the host tests (it queues writes and applies them at sync, like Excel).
 */
import { countPlanSyncs } from "../../test/host/support/countSyncs";

/** Sync count per member count, e.g. { "10": 3, "308": 3 }. */
export async function wizardSyncs(
  memberCounts: readonly number[]
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of memberCounts) out[String(n)] = await countPlanSyncs(n);
  return out;
}
