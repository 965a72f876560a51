import { ok, type Result } from "../result";
import { largestRemainder } from "../exact/largestRemainder";
import { allZero } from "../apportion/apportion";
import { weightsOf } from "../apportion/weights";
import { budgetAndCap, overCap } from "./budgetWithinCap";

/**
 * MEMBERPAYMENTS: each member's payment to the joint authority, pro rata to its subsidy,
 * by largest remainder in cents: the payments add up to `budget` exactly. A budget above
 * the cap (PAYMENTCAP) is refused (#VALUE!) with both figures in the message.
 * Returns euros, each an exact number of cents (use `toCents` to sum them as integers).
 * @example memberPayments(1000, [600000, 300000, 100000]).value // [600, 300, 100]
 * @example memberPayments(0.02, [1, 1, 1]).value // [0.01, 0.01, 0]
 */
export function memberPayments(
  budget: number,
  memberSubsidies: readonly number[],
  capRatio?: number | null
): Result<number[]> {
  const checked = budgetAndCap(budget, memberSubsidies, capRatio);
  if (!checked.ok) return checked;
  const { budgetCents, cap } = checked.value;
  if (budgetCents > cap.cents) return overCap(budgetCents, cap);
  if (budgetCents === 0 || allZero(memberSubsidies)) return ok(memberSubsidies.map(() => 0));
  const cents = largestRemainder(budgetCents, weightsOf(memberSubsidies));
  return ok(cents.map((c) => c / 100));
}
