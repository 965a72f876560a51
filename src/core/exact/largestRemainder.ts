/**
 * Largest-remainder apportionment of `units` whole units in proportion to `nums[i] / den`
 * (the nums must add up to `den`, den > 0). Each part gets the floor of its exact quota
 * `units·nums[i]/den`; the units left over go one each to the largest remainders, ties to
 * the earlier row. The parts always add up to `units`.
 *
 * Speed with exactness: when the inputs are safe integers the quotas are first computed in
 * floating point with a proven error bound (|error| ≤ units·2.3e-16); if every floor and
 * the cut between winners and losers is clear of that bound, the float answer is the exact
 * answer. Otherwise (ties, exact integers, huge figures) it is recomputed with BigInt.
 */
export type Weights =
  | { readonly nums: readonly number[]; readonly den: number }
  | { readonly nums: readonly bigint[]; readonly den: bigint };

/** `units` must be a safe integer ≥ 0; returns the parts as numbers. */
export function largestRemainder(units: number, weights: Weights): number[] {
  if (units === 0) return weights.nums.map(() => 0);
  if (typeof weights.den === "number") {
    const fast = tryFloat(units, weights.nums as readonly number[], weights.den);
    if (fast) return fast;
  }
  const nums = (weights.nums as readonly (number | bigint)[]).map((x) => BigInt(x));
  return exact(BigInt(units), nums, BigInt(weights.den));
}

function byRemainder(rem: ArrayLike<number>): (a: number, b: number) => number {
  return (a, b) => rem[b] - rem[a] || a - b;
}

function tryFloat(units: number, nums: readonly number[], den: number): number[] | undefined {
  const n = nums.length;
  const eps = Math.max(units, 1) * 4.5e-16;
  if (eps > 0.01) return undefined;
  const parts = new Array<number>(n);
  const rem = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const num = nums[i];
    if (num === 0) {
      parts[i] = 0;
      continue;
    }
    const x = (units * num) / den;
    const q = Math.floor(x);
    const f = x - q;
    if (f <= eps || f >= 1 - eps) return undefined;
    parts[i] = q;
    rem[i] = f;
    given += q;
  }
  const left = units - given;
  if (left === 0) return parts;
  if (left < 0 || left >= n) return undefined;
  const order = Array.from({ length: n }, (_, i) => i).sort(byRemainder(rem));
  if (rem[order[left - 1]] - rem[order[left]] <= 2 * eps) return undefined;
  for (let j = 0; j < left; j++) parts[order[j]]++;
  return parts;
}

function exact(units: bigint, nums: readonly bigint[], den: bigint): number[] {
  const n = nums.length;
  const parts = new Array<number>(n);
  const rem = new Array<bigint>(n);
  let left = units;
  for (let i = 0; i < n; i++) {
    const x = units * nums[i];
    const q = x / den;
    parts[i] = Number(q);
    rem[i] = x - q * den;
    left -= q;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (rem[b] > rem[a] ? 1 : rem[b] < rem[a] ? -1 : a - b),
  );
  for (let j = 0; j < Number(left); j++) parts[order[j]]++;
  return parts;
}
