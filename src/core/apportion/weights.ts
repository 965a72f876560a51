import { decimalOf, pow10 } from "../exact/decimal";
import type { Weights } from "../exact/largestRemainder";
import { scaledInteger } from "../exact/scaled";

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
  const cents = centsOrUndefined(values);
  if (cents) return cents;
  const decimals = values.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const nums = decimals.map((d) => d.int * pow10(scale - d.scale));
  const den = nums.reduce((a, b) => a + b, 0n);
  if (den <= SAFE) return { nums: nums.map(Number), den: Number(den) };
  return { nums, den };
}

/** The fast path for amounts in whole cents (the usual euro figures). */
function centsOrUndefined(values: readonly number[]): Weights | undefined {
  const nums = new Array<number>(values.length);
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const c = scaledInteger(values[i], 2);
    if (c === undefined) return undefined;
    nums[i] = c;
    den += c;
  }
  return den <= Number.MAX_SAFE_INTEGER ? { nums, den } : undefined;
}
