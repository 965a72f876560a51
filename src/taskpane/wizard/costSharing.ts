/**
 * How the members share the employment services' costs (domain.md, item 4): a joint
 * authority pro rata to the state subsidy within the cap (Kymppi), or a lead municipality by
 * its agreement — an agreed percentage per member, or a fixed part by those percentages plus
 * a part by use (Etelä-Häme from 2026). Kept as typed, like every other input.
 */

/** "joint": pro rata to subsidy within the cap; "percent": agreed shares; "fixedUse": fixed + use. */
export const COST_MODELS = ["joint", "percent", "fixedUse"] as const;
export type CostModel = (typeof COST_MODELS)[number];

export interface CostSharingInputs {
  readonly model: CostModel;
  /** The fixed part of each year's budget in per cent, as typed (model "fixedUse"). */
  readonly fixedPart: string;
  /** Each member's agreed share in per cent, as typed, by registry code. */
  readonly shares: Readonly<Record<string, string>>;
}

/** The joint-authority model, and a fixed part of 50 % should the user pick "fixedUse". */
export const defaultCostSharing = (): CostSharingInputs => ({
  model: "joint",
  fixedPart: "50",
  shares: {},
});

/** Whether the model is a lead municipality's (no payment cap: the agreement decides). */
export const isLeadModel = (model: CostModel): boolean => model !== "joint";

/** Field id of a member's agreed share. */
export const shareId = (code: string): string => `share:${code}`;

/** Field id of the shares' sum (must be 100 %). */
export const SHARE_SUM_ID = "shareSum";

/** Field id of the fixed part. */
export const FIXED_PART_ID = "fixedPart";
