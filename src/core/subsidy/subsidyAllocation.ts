import { fail, ok, type Result } from "../result";
import { largestRemainder } from "../exact/largestRemainder";
import { wholeCents } from "../exact/money";
import { Money } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { subsidyWeights } from "./subsidyWeights";

/**
 * SUBSIDYALLOCATION: `amount` (euros, whole cents) apportioned by the SUBSIDYSHARES
 * shares, by largest remainder in cents: the parts add up to `amount` exactly.
 * Returns euros, each an exact number of cents (use `toCents` to sum them as integers).
 * @example subsidyAllocation(1000, [300, 100], [10, 30]).value // [500, 500]
 * @example subsidyAllocation(0.01, [300, 100], [10, 30]).value // [0.01, 0]
 */
export function subsidyAllocation(
  amount: number,
  workingAge: readonly number[],
  unemployed: readonly number[],
  workingAgeWeight?: number | null
): Result<number[]> {
  const bad = checkValue(Money, amount, "amount");
  if (bad) return fail(bad);
  const weights = subsidyWeights(workingAge, unemployed, workingAgeWeight);
  if (!weights.ok) return weights;
  const cents = largestRemainder(wholeCents(amount)!, weights.value);
  for (let i = 0; i < cents.length; i++) cents[i] /= 100;
  return ok(cents);
}
