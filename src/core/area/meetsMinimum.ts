import { fail, ok, type Result } from "../result";
import { Count } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { MINIMUM_LABOUR_FORCE } from "./labourForce";
import { countTotal } from "./total";

/** The labour force total and the minimum, validated (minimum defaults to 20 000). */
export function totalAndMinimum(
  labourForce: number | readonly number[],
  minimum?: number | null
): Result<{ total: number; minimum: number }> {
  const total = countTotal(labourForce, "labourForce");
  if (!total.ok) return total;
  const min = minimum ?? MINIMUM_LABOUR_FORCE;
  const bad = checkValue(Count, min, "minimum");
  return bad ? fail(bad) : ok({ total: total.value, minimum: min });
}

/**
 * MEETSMINIMUM: true when the area's labour force is at least the minimum (20 000 by
 * act 380/2023 unless given).
 * @example meetsMinimum([28616]).value // true
 * @example meetsMinimum([19999]).value // false
 */
export function meetsMinimum(
  labourForce: number | readonly number[],
  minimum?: number | null
): Result<boolean> {
  const r = totalAndMinimum(labourForce, minimum);
  return r.ok ? ok(r.value.total >= r.value.minimum) : r;
}

/**
 * SHORTFALL: how many people short of the minimum the area is; 0 when it is met.
 * @example shortfall([19550]).value // 450
 * @example shortfall([28616]).value // 0
 */
export function shortfall(
  labourForce: number | readonly number[],
  minimum?: number | null
): Result<number> {
  const r = totalAndMinimum(labourForce, minimum);
  return r.ok ? ok(Math.max(0, r.value.minimum - r.value.total)) : r;
}
