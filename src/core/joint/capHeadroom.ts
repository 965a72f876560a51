import { ok, type Result } from "../result";
import { toEuros } from "../exact/money";
import { budgetAndCap } from "./budgetWithinCap";

/**
 * CAPHEADROOM: how far the budget is below the cap, cap − budget in euros (exact cents);
 * negative when the budget is over the cap.
 * @example capHeadroom(1234999.5, [1000000, 300000]).value // 0.5
 * @example capHeadroom(1235100.5, [1000000, 300000]).value // -100.5
 */
export function capHeadroom(
  budget: number,
  memberSubsidies: readonly number[],
  capRatio?: number | null
): Result<number> {
  const checked = budgetAndCap(budget, memberSubsidies, capRatio);
  if (!checked.ok) return checked;
  return ok(toEuros(checked.value.cap.cents - checked.value.budgetCents));
}
