import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import { largestRemainder } from "../exact/largestRemainder";
import { ratioToNumber } from "../exact/ratio";
import { fromSteps, toSteps } from "../apportion/steps";
import { NonNegative, Positive, Ratio } from "../schemas/domains";
import { checkList, checkMatrix, checkValue } from "../schemas/validate";
import { allocationWeights } from "./allocationWeights";

/** The unit handed out when no step is given: a cent. */
export const DEFAULT_ALLOCATION_STEP = 0.01;

/** Weights may miss 1 by this much (Excel's =1/3 three times is 0.999999999999999). */
const SUM_TOLERANCE = 1e-9;

/**
 * ALLOCATE: general weighted apportionment. Row i's share is Σ_j w_j·c_ij/Σ_i c_ij, and
 * `amount` is apportioned by those shares in whole units of `step` (largest remainder,
 * ties to the earlier row); the parts add up to `amount` exactly. The weights must sum to
 * 1 (within 1e-9, to allow thirds typed as =1/3; they are then used exactly as w_j/Σw).
 * A criterion with weight > 0 must not be all zero.
 * @param criteria - n×k non-negative figures, one column per criterion
 * @param weights - k fractions summing to 1
 * @param step - unit of the parts, 0.01 (cents) by default
 * @example allocate(100, [[1, 0], [1, 2]], [0.5, 0.5]).value // [25, 75]
 */
export function allocate(
  amount: number,
  criteria: readonly (readonly number[])[],
  weights: readonly number[],
  step?: number | null
): Result<number[]> {
  const unit = step ?? DEFAULT_ALLOCATION_STEP;
  const bad =
    checkValue(NonNegative, amount, "amount") ??
    checkValue(Positive, unit, "step") ??
    checkList(Ratio, weights, "weights") ??
    checkMatrix(NonNegative, criteria, "criteria", weights.length);
  if (bad) return fail(bad);
  const ws = weights.map(decimalOf);
  const scale = Math.max(...ws.map((d) => d.scale));
  const total = ws.reduce((s, d) => s + d.int * pow10(scale - d.scale), 0n);
  const sum = ratioToNumber(total, pow10(scale));
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    return fail({ code: "#VALUE!", message: "weights.sumNotOne", arg: "weights", params: { sum } });
  }
  const exact = allocationWeights(criteria, weights);
  if (!exact.ok) return exact;
  const stepped = toSteps(amount, unit, "amount");
  if (!stepped.ok) return stepped;
  const parts = largestRemainder(stepped.value.units, exact.value);
  return ok(parts.map((p) => fromSteps(p, stepped.value.step)));
}
