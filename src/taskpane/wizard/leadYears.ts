/**
 * A lead municipality's budget year and two planning years: each year's budget apportioned
 * by the agreement with the core's ALLOCATE (largest remainder in cents, so the members'
 * payments add up to the budget exactly). No cap: the agreement decides.
 */
import { allocate, type Result } from "../../core";
import type { PlanCostSharing } from "../sheet/PlanInputs";
import type { PlanningYears } from "./planningYears";

/**
 * ALLOCATE's criteria (one row per member) and weights for the agreement: the agreed shares
 * with weight 1, or the shares and the clients with the fixed part and the rest.
 */
export function leadCriteria(
  sharing: PlanCostSharing,
  clients: readonly number[] = []
): { criteria: number[][]; weights: number[] } {
  if (sharing.model === "percent")
    return { criteria: sharing.shares.map((s) => [s]), weights: [1] };
  return {
    criteria: sharing.shares.map((s, i) => [s, clients[i]]),
    weights: [sharing.fixedPart, 1 - sharing.fixedPart],
  };
}

/**
 * Each year's payments by the agreement, or the first year's failure; undefined until the
 * agreement is valid (and, for the fixed-plus-use model, the clients are).
 */
export function leadYears(
  budgets: readonly number[],
  sharing: PlanCostSharing | undefined,
  clients: readonly number[] | undefined
): { value: PlanningYears; error?: Result<unknown> } | undefined {
  if (!sharing || (sharing.model === "fixedUse" && !clients)) return undefined;
  const { criteria, weights } = leadCriteria(sharing, clients ?? []);
  const byYear = budgets.map((b) => allocate(b, criteria, weights));
  const failed = byYear.find((r) => !r.ok);
  const payments = failed
    ? undefined
    : sharing.shares.map((_, i) => byYear.map((r) => (r.ok ? r.value[i] : 0)));
  return { value: { subsidies: [], budgets, payments }, error: failed };
}
