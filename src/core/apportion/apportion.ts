import { fail, ok, type Result } from "../result";
import { largestRemainder } from "../exact/largestRemainder";
import { NonNegative, Positive } from "../schemas/domains";
import { checkList, checkValue } from "../schemas/validate";
import { fromSteps, toSteps } from "./steps";
import { weightsOf } from "./weights";

/** True when every value is zero. */
export function allZero(values: readonly number[]): boolean {
  for (const v of values) if (v !== 0) return false;
  return true;
}

/**
 * Apportions `total` in proportion to `weights` by the largest-remainder method in whole
 * units of `step`: each part gets the floor of its exact quota, the units left over go one
 * each to the largest remainders, ties to the earlier row. The parts add up to `total`
 * exactly. Refused (`#VALUE!`): a negative or non-finite figure, a step ≤ 0, a total that is
 * not a whole number of steps, all-zero weights.
 * @param total - the amount to split (≥ 0, a whole number of steps)
 * @param weights - one non-negative weight per part, not all zero
 * @param step - the unit of the parts (default 1; 0.01 for cents, 0.1 for tenths of FTE)
 * @returns one part per weight, each a whole number of steps
 * @example apportion(10, [1, 1, 1]).value // [4, 3, 3]
 * @example apportion(2.01, [1, 1], 0.01).value // [1.01, 1]
 * @example apportion(1, [2, 1], 0.1).value // [0.7, 0.3]
 */
export function apportion(total: number, weights: readonly number[], step = 1): Result<number[]> {
  const bad =
    checkValue(NonNegative, total, "total") ??
    checkValue(Positive, step, "step") ??
    checkList(NonNegative, weights, "weights");
  if (bad) return fail(bad);
  if (allZero(weights))
    return fail({ code: "#VALUE!", message: "weights.allZero", arg: "weights" });
  const stepped = toSteps(total, step, "total");
  if (!stepped.ok) return stepped;
  const { units, step: unit } = stepped.value;
  const parts = largestRemainder(units, weightsOf(weights));
  return ok(parts.map((p) => fromSteps(p, unit)));
}
