import { decimalOf, pow10 } from "../exact/decimal";
import type { Weights } from "../exact/largestRemainder";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Exact integer weights from decimal values (all brought to a common scale): the
 * apportionment kernel's input, as safe numbers when they fit and BigInt otherwise.
 * Values must be ≥ 0 and not all zero.
 * @example weightsOf([0.5, 0.25]) // { nums: [50, 25], den: 75 }
 */
export function weightsOf(values: readonly number[]): Weights {
  let allIntegers = true;
  let sum = 0;
  for (const v of values) {
    if (!Number.isInteger(v)) allIntegers = false;
    sum += v;
  }
  if (allIntegers && sum <= Number.MAX_SAFE_INTEGER) return { nums: values, den: sum };
  const decimals = values.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const nums = decimals.map((d) => d.int * pow10(scale - d.scale));
  const den = nums.reduce((a, b) => a + b, 0n);
  if (den <= SAFE) return { nums: nums.map(Number), den: Number(den) };
  return { nums, den };
}
