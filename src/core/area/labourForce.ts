import type { Result } from "../result";
import { countTotal } from "./total";

/** The statutory minimum labour force of an employment area (act 380/2023). */
export const MINIMUM_LABOUR_FORCE = 20000;

/**
 * LABOURFORCE: the area's total labour force, the sum of its members' labour forces.
 * @param labourForce - each member's labour force (whole numbers ≥ 0)
 * @example labourForce([12000, 9500, 7116]).value // 28616
 */
export function labourForce(labourForce: number | readonly number[]): Result<number> {
  return countTotal(labourForce, "labourForce");
}
