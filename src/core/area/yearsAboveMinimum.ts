import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import { Change, wholeNumber } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { totalAndMinimum } from "./meetsMinimum";

/** The longest horizon accepted, in years. */
export const MAX_HORIZON = 1000;

/** The horizon when none is given, in years. */
export const DEFAULT_HORIZON = 100;

/**
 * YEARSABOVEMINIMUM: the largest whole n ≤ horizon with labourForce·(1+annualChange)^n ≥
 * minimum; `horizon` when it never falls below within it. Decided exactly (rational powers
 * in BigInt around a floating-point estimate), so a projection that lands on the minimum
 * counts as meeting it. `#N/A` when the labour force is already below the minimum.
 * @param annualChange - yearly change as a fraction, −0.014 for a 1.4 % decline (−1..1)
 * @example yearsAboveMinimum([28616], -0.014).value // 25
 * @example yearsAboveMinimum([28616], 0.01).value // 100
 * @example yearsAboveMinimum([20000], -0.5, 10000).value // 1
 */
export function yearsAboveMinimum(
  labourForce: number | readonly number[],
  annualChange: number,
  minimum?: number | null,
  horizon?: number | null
): Result<number> {
  const base = totalAndMinimum(labourForce, minimum);
  if (!base.ok) return base;
  const years = horizon ?? DEFAULT_HORIZON;
  const bad =
    checkValue(Change, annualChange, "annualChange") ??
    checkValue(wholeNumber(MAX_HORIZON), years, "horizon");
  if (bad) return fail(bad);
  const { total, minimum: min } = base.value;
  if (total < min) {
    return fail({
      code: "#N/A",
      message: "area.belowMinimum",
      arg: "labourForce",
      params: { value: total, minimum: min },
    });
  }
  if (annualChange >= 0 || min === 0) return ok(years);
  if (annualChange === -1) return ok(0);
  const c = decimalOf(annualChange);
  const s = pow10(c.scale);
  const factor = s + c.int; // (1 + c) · 10^scale, > 0
  const holds = (n: number) => BigInt(total) * factor ** BigInt(n) >= BigInt(min) * s ** BigInt(n);
  const estimate = Math.floor(Math.log(min / total) / Math.log1p(annualChange));
  let n = Math.min(years, Math.max(0, estimate));
  while (n > 0 && !holds(n)) n--;
  while (n < years && holds(n + 1)) n++;
  return ok(n);
}
