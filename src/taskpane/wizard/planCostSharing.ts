/**
 * The validated cost-sharing inputs as the plan sheet takes them; undefined for the joint
 * authority's model, and while a share, their sum or the fixed part is not valid.
 */
import type { PlanCostSharing } from "../sheet/PlanInputs";
import { FIXED_PART_ID, SHARE_SUM_ID, shareId } from "./costSharing";
import { costSharingOf, type WizardInputs } from "./inputs";
import type { Validation } from "./validate";

export function planCostSharing(inputs: WizardInputs, v: Validation): PlanCostSharing | undefined {
  const cs = costSharingOf(inputs);
  if (cs.model === "joint") return undefined;
  const shares = inputs.members.map((m) => v.values.get(shareId(m.code)));
  if (shares.some((s) => s === undefined) || v.errors.has(SHARE_SUM_ID)) return undefined;
  const all = shares as number[];
  if (cs.model === "percent") return { model: "percent", shares: all };
  const fixedPart = v.values.get(FIXED_PART_ID);
  return fixedPart === undefined ? undefined : { model: "fixedUse", shares: all, fixedPart };
}
