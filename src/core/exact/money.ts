import { decimalOf, divRoundHalfAway, pow10 } from "./decimal";

/**
 * Whole cents of an amount in euros, or `undefined` when the amount has fractions of a
 * cent. Used where a total is apportioned in cents (a budget, a subsidy amount): Excel
 * users type or compute such amounts in whole cents, and silently rounding 100.005 € would
 * make the parts add up to a figure they never typed. Read at 15 significant digits.
 * @example wholeCents(1234.56) // 123456
 * @example wholeCents(0.1 + 0.2) // 30
 * @example wholeCents(100.005) // undefined
 */
export function wholeCents(euros: number): number | undefined {
  const d = decimalOf(euros);
  if (d.scale > 2) return undefined;
  const cents = d.int * pow10(2 - d.scale);
  return Number(cents);
}

/**
 * An amount in euros rounded to whole cents, half away from zero (0.005 → 1 cent,
 * −0.005 → −1 cent). Exactly inverts the euro figures this core returns, so callers that
 * must sum money (totals that tie out) sum `toCents(x)` rather than the euro floats.
 * @example toCents(1.01) // 101
 * @example toCents(0.005) // 1
 * @example toCents(-2.675) // -268
 */
export function toCents(euros: number): number {
  const d = decimalOf(euros);
  return Number(divRoundHalfAway(d.int * 100n, pow10(d.scale)));
}

/**
 * Integer cents as euros: the double nearest to the exact cent amount (e.g. 101 → 1.01).
 * @example toEuros(101) // 1.01
 */
export function toEuros(cents: number | bigint): number {
  return Number(cents) / 100;
}
