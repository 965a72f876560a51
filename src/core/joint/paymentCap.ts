import { ok, type Result } from "../result";
import { toEuros } from "../exact/money";
import { capOf } from "./cap";

/**
 * PAYMENTCAP: the largest budget the joint authority may adopt: capRatio (0.95 by default)
 * × the members' employment-services state subsidies, in euros, rounded down to whole cents
 * (a legal maximum; see `capOf`).
 * @example paymentCap([1000000, 300000]).value // 1235000
 * @example paymentCap([1234567.89]).value // 1172839.49
 */
export function paymentCap(
  memberSubsidies: readonly number[],
  capRatio?: number | null
): Result<number> {
  const cap = capOf(memberSubsidies, capRatio);
  return cap.ok ? ok(toEuros(cap.value.cents)) : cap;
}
