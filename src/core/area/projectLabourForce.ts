import { fail, ok, type Result } from "../result";
import { Change, wholeNumber } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { countTotal } from "./total";
import { finite } from "../exact/finite";
import { MAX_HORIZON } from "./yearsAboveMinimum";

/**
 * PROJECTLABOURFORCE: years+1 values labourForce·(1+annualChange)^n for n = 0…years,
 * year 0 first, unrounded (round them in the sheet if you show whole people).
 * @example projectLabourForce([1000], 0.1, 2).value // [1000, 1100, 1210.0000000000002]
 */
export function projectLabourForce(
  labourForce: number | readonly number[],
  annualChange: number,
  years: number
): Result<number[]> {
  const total = countTotal(labourForce, "labourForce");
  if (!total.ok) return total;
  const bad =
    checkValue(Change, annualChange, "annualChange") ??
    checkValue(wholeNumber(MAX_HORIZON), years, "years");
  if (bad) return fail(bad);
  const out = new Array<number>(years + 1);
  for (let n = 0; n <= years; n++) out[n] = total.value * Math.pow(1 + annualChange, n);
  const last = finite(out[years], "years", years);
  return last.ok ? ok(out) : last;
}
