import { ok, type Result } from "../result";
import { subsidyWeights } from "./subsidyWeights";
import { ratioToNumber } from "../exact/ratio";

/**
 * SUBSIDYSHARES: each municipality's share of the employment-services state subsidy,
 * w·a_i/Σa + (1−w)·u_i/Σu (w = working-age weight, 0.5 by default). Each share is the
 * double nearest the exact fraction (within 2e-15 relative for very large inputs); exactly,
 * the shares sum to 1 (as floats, to within a few units in the last place).
 * @param workingAge - 18–64-year-old population per municipality
 * @param unemployed - broad unemployment per municipality (unemployed job seekers plus those in services)
 * @example subsidyShares([300, 100], [10, 30]).value // [0.5, 0.5]
 * @example subsidyShares([1, 0], [0, 1], 0.8).value // [0.8, 0.2]
 */
export function subsidyShares(
  workingAge: readonly number[],
  unemployed: readonly number[],
  workingAgeWeight?: number | null
): Result<number[]> {
  const w = subsidyWeights(workingAge, unemployed, workingAgeWeight);
  if (!w.ok) return w;
  if ("shares" in w.value) return ok(Array.from(w.value.shares));
  const { nums, den } = w.value;
  if (typeof den === "number") return ok((nums as readonly number[]).map((x) => x / den));
  return ok((nums as readonly bigint[]).map((x) => ratioToNumber(x, den)));
}
