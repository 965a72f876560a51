import { fail, ok, type Result } from "../result";
import { largestRemainder } from "../exact/largestRemainder";
import { allZero } from "../apportion/apportion";
import { fromSteps, toSteps } from "../apportion/steps";
import { Count, NonNegative, Positive } from "../schemas/domains";
import { checkList, checkValue } from "../schemas/validate";

/** The FTE unit handed out when no step is given: a tenth. */
export const STAFF_ALLOCATION_STEP = 0.1;

/**
 * STAFFALLOCATION: `totalFte` apportioned between municipalities by client counts, in
 * units of `step` FTE (0.1 by default), by largest remainder (ties to the earlier row):
 * the parts add up to `totalFte` exactly. A total that is not a whole number of steps is
 * refused (14.25 FTE in steps of 0.1), as are all-zero client counts.
 * @param totalFte - FTE to split, ≥ 0
 * @param clients - client (job-seeker) counts per municipality
 * @example staffAllocation(14.2, [2080, 375, 185, 92]).value // [10.8, 1.9, 1, 0.5]
 */
export function staffAllocation(
  totalFte: number,
  clients: readonly number[],
  step?: number | null
): Result<number[]> {
  const unit = step ?? STAFF_ALLOCATION_STEP;
  const bad =
    checkValue(NonNegative, totalFte, "totalFte") ??
    checkList(Count, clients, "clients") ??
    checkValue(Positive, unit, "step");
  if (bad) return fail(bad);
  if (allZero(clients))
    return fail({ code: "#VALUE!", message: "weights.allZero", arg: "clients" });
  const stepped = toSteps(totalFte, unit, "totalFte");
  if (!stepped.ok) return stepped;
  const sum = clients.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(sum)) {
    return fail({
      code: "#VALUE!",
      message: "number.tooLarge",
      arg: "clients",
      params: { value: sum, max: Number.MAX_SAFE_INTEGER },
    });
  }
  const parts = largestRemainder(stepped.value.units, { nums: clients, den: sum });
  return ok(parts.map((p) => fromSteps(p, stepped.value.step)));
}
