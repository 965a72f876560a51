import fc from "fast-check";
import { largestRemainder, selectInPlace } from "../../../src/core";

/** Reference: the definition computed naively with BigInt and a stable sort. */
function reference(units: number, nums: number[]): number[] {
  const den = BigInt(nums.reduce((a, b) => a + b, 0));
  const u = BigInt(units);
  const q = nums.map((n) => (u * BigInt(n)) / den);
  const r = nums.map((n, i) => u * BigInt(n) - q[i] * den);
  let left = Number(u - q.reduce((a, b) => a + b, 0n));
  const order = nums.map((_, i) => i).sort((a, b) => (r[b] > r[a] ? 1 : r[b] < r[a] ? -1 : a - b));
  const parts = q.map(Number);
  for (const i of order) if (left-- > 0) parts[i]++;
  return parts;
}

const weights = fc
  .array(fc.nat({ max: 10_000_000 }), { minLength: 1, maxLength: 40 })
  .filter((w) => w.some((x) => x > 0));

describe("largestRemainder", () => {
  test("hand case: 10 units over 1:1:1 → 4, 3, 3 (floors 3, 3, 3; the one left goes to the earliest tie)", () => {
    expect(largestRemainder(10, { nums: [1, 1, 1], den: 3 })).toEqual([4, 3, 3]);
  });

  test("hand case: 7 units over 5:3:2 → quotas 3.5, 2.1, 1.4 → floors 3, 2, 1, leftover 1 to .5 → 4, 2, 1", () => {
    expect(largestRemainder(7, { nums: [5, 3, 2], den: 10 })).toEqual([4, 2, 1]);
  });

  test("property: the parts add up exactly and equal the exact reference (float fast path included)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), weights, (units, nums) => {
        const den = nums.reduce((a, b) => a + b, 0);
        const parts = largestRemainder(units, { nums, den });
        expect(parts.reduce((a, b) => a + b, 0)).toBe(units);
        expect(parts).toEqual(reference(units, nums));
      }),
      { numRuns: 500 }
    );
  });

  test("property: the BigInt form gives the same parts as the number form", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), weights, (units, nums) => {
        const den = nums.reduce((a, b) => a + b, 0);
        expect(largestRemainder(units, { nums: nums.map(BigInt), den: BigInt(den) })).toEqual(
          largestRemainder(units, { nums, den })
        );
      })
    );
  });

  test("near-ties that floats cannot separate are resolved exactly (ties to the earlier row)", () => {
    // 2^40 + 1 units over two equal weights: quotas 2^39 + 0.5 each, a true tie → first row gets the odd unit.
    const units = 2 ** 40 + 1;
    expect(largestRemainder(units, { nums: [3, 3], den: 6 })).toEqual([2 ** 39 + 1, 2 ** 39]);
  });

  test("property: many rows with repeated weights (true ties decided exactly in BigInt) match the reference", () => {
    const repeated = fc
      .array(fc.constantFrom<number>(0, 1, 2, 3, 7, 1000, 123456789), {
        minLength: 1,
        maxLength: 400,
      })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), repeated, (units, nums) => {
        const den = nums.reduce((a, b) => a + b, 0);
        expect(largestRemainder(units, { nums, den })).toEqual(reference(units, nums));
        const shares = Float64Array.from(nums, (x) => x / den);
        expect(
          largestRemainder(units, { shares, num: (i) => BigInt(nums[i]), den: BigInt(den) })
        ).toEqual(reference(units, nums));
      }),
      { numRuns: 300 }
    );
  });
});

describe("selectInPlace", () => {
  test("property: puts the k-th smallest at k with smaller before and larger after", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (xs, k0) => {
          const k = k0 % xs.length;
          const a = selectInPlace(Float64Array.from(xs), k);
          expect(a[k]).toBe([...xs].sort((x, y) => x - y)[k]);
          for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
          for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
        }
      )
    );
  });
});
