import { selectInPlace } from "./select";

/** Exact weights: part i's share is nums[i] / den (the nums add up to den > 0). */
export type ExactWeights =
  | { readonly nums: readonly number[]; readonly den: number }
  | { readonly nums: readonly bigint[]; readonly den: bigint };

/**
 * Weights given as floating-point `shares` (each within a relative 2e-15 of the true share;
 * a true zero exactly 0) together with the exact share `num(i) / den`, which the kernel
 * evaluates only for the few rows the floats cannot decide.
 */
export interface ApproxWeights {
  readonly shares: Float64Array;
  readonly num: (i: number) => bigint;
  readonly den: bigint;
}

export type Weights = ExactWeights | ApproxWeights;

/**
 * Largest-remainder apportionment of `units` whole units (a safe integer ≥ 0): each part
 * gets the floor of its exact quota units·share; the units left over go one each to the
 * largest remainders, ties to the earlier row. The parts always add up to `units`.
 *
 * Speed with exactness: quotas are computed in floating point with a proven error bound
 * eps (units·2.3e-16 from exact integers, units·2.2e-15 from float shares, doubled for
 * margin). Rows whose floor is within eps of an integer, and rows whose remainder is within
 * 2·eps of the cut between winners and losers, are decided exactly in BigInt; every other
 * row is provably on its side. Linear time on average.
 * @example largestRemainder(10, { nums: [1, 1, 1], den: 3 }) // [4, 3, 3]
 */
export function largestRemainder(units: number, weights: Weights): number[] {
  if ("shares" in weights) {
    const s = weights.shares;
    const quotas = (out: Float64Array) => {
      for (let i = 0; i < out.length; i++) out[i] = units * s[i];
    };
    return kernel(units, s.length, quotas, 4.5e-15, weights.num, weights.den);
  }
  const nums = weights.nums as readonly (number | bigint)[];
  const num = (i: number) => BigInt(nums[i]);
  if (typeof weights.den === "number") {
    const ns = weights.nums as readonly number[];
    const den = weights.den;
    const quotas = (out: Float64Array) => {
      for (let i = 0; i < out.length; i++) out[i] = (units * ns[i]) / den;
    };
    return kernel(units, ns.length, quotas, 4.5e-16, num, BigInt(den));
  }
  const den = weights.den;
  const d = Number(den);
  const quotas = (out: Float64Array) => {
    if (!Number.isFinite(d)) out.fill(NaN);
    else for (let i = 0; i < out.length; i++) out[i] = units * (Number(nums[i]) / d);
  };
  return kernel(units, nums.length, quotas, 4.5e-15, num, den);
}

// Scratch for the remainders and their selection copy, reused by every call (the kernel is
// synchronous and returns before anything else runs): two fresh arrays per call of a long
// list would be garbage of 2·8 bytes a row for the collector.
let scratch = new Float64Array(0);
function scratchOf(n: number): { rem: Float64Array; copy: Float64Array } {
  if (scratch.length < 2 * n) scratch = new Float64Array(Math.max(2 * n, scratch.length * 2));
  return { rem: scratch.subarray(0, n), copy: scratch.subarray(n, 2 * n) };
}

function kernel(
  units: number,
  n: number,
  quotas: (out: Float64Array) => void,
  errorPerUnit: number,
  num: (i: number) => bigint,
  den: bigint
): number[] {
  const eps = Math.max(units, 1) * errorPerUnit;
  const U = BigInt(units);
  const parts = new Array<number>(n);
  const { rem, copy } = scratchOf(n);
  const exactRem = new Map<number, bigint>();
  const decide = (i: number): bigint => {
    let r = exactRem.get(i);
    if (r === undefined) {
      const x = U * num(i);
      const q = x / den;
      r = x - q * den;
      parts[i] = Number(q);
      rem[i] = Number((r << 53n) / den) / 2 ** 53; // r/den to within 2^-52, for any magnitude
      exactRem.set(i, r);
    }
    return r;
  };
  // All quotas in one tight loop first (one call, not one per row), then each row reads its own.
  if (eps > 0.01) rem.fill(NaN);
  else quotas(rem);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const x = rem[i];
    const q = Math.floor(x);
    const f = x - q;
    if (x !== 0 && !(f > eps && f < 1 - eps)) decide(i);
    else {
      parts[i] = q;
      rem[i] = f;
    }
    given += parts[i];
  }
  const left = units - given;
  if (left === 0) return parts;
  if (left < 0 || left >= n) return kernel(units, n, () => undefined, Infinity, num, den); // cannot happen; stay exact
  const cut = n - left;
  copy.set(rem);
  const t = selectInPlace(copy, cut)[cut];
  const near: number[] = [];
  let winners = left;
  for (let i = 0; i < n; i++) {
    if (rem[i] > t + 2 * eps) (parts[i]++, winners--);
    else if (rem[i] >= t - 2 * eps) near.push(i);
  }
  const exact = near.map((i) => ({ i, r: decide(i) }));
  exact.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (let k = 0; k < winners; k++) parts[exact[k].i]++;
  return parts;
}
