import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import { decimalSum } from "../exact/decimalSum";
import { NonNegative, Ratio } from "../schemas/domains";
import { checkList, checkValue } from "../schemas/validate";

/** The Kymppi basic agreement's cap: at most 95 % of the members' employment-services subsidy. */
export const DEFAULT_CAP_RATIO = 0.95;

/** The validated cap in integer cents and the ratio it was computed with. */
export interface Cap {
  readonly cents: number;
  readonly ratio: number;
}

/**
 * capRatio × Σ memberSubsidies in whole cents, computed exactly and rounded DOWN: the cap
 * is a legal maximum ("at most 95 %"), so the largest whole-cent budget that does not
 * exceed it. (0.95 × 1 234 567.89 € = 1 172 839.4955 € → 1 172 839.49 €; rounding half up
 * to .50 would let a budget exceed 95 % by half a cent.)
 */
export function capOf(memberSubsidies: readonly number[], capRatio?: number | null): Result<Cap> {
  const ratio = capRatio ?? DEFAULT_CAP_RATIO;
  const bad =
    checkList(NonNegative, memberSubsidies, "memberSubsidies") ??
    checkValue(Ratio, ratio, "capRatio");
  if (bad) return fail(bad);
  const { int: total, scale } = decimalSum(memberSubsidies);
  const r = decimalOf(ratio);
  const cents = (r.int * total * 100n) / pow10(r.scale + scale);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail({
      code: "#VALUE!",
      message: "number.tooLarge",
      arg: "memberSubsidies",
      params: { value: Number(total), max: 1e13 },
    });
  }
  return ok({ cents: Number(cents), ratio });
}
