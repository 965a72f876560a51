import fc from "fast-check";
import { allocate, subsidyAllocation, subsidyShares, toCents } from "../../../src/core";
import { THREE } from "../../fixtures/core/subsidy";

/** Reference allocation by the definition, with exact fractions in BigInt (independent of the core). */
function reference(cents: number, a: number[], u: number[]): number[] {
  const A = BigInt(a.reduce((x, y) => x + y, 0));
  const U = BigInt(u.reduce((x, y) => x + y, 0));
  const den = 2n * A * U;
  const x = a.map((ai, i) => BigInt(cents) * (BigInt(ai) * U + BigInt(u[i]) * A));
  const q = x.map((xi) => xi / den);
  const r = x.map((xi, i) => xi - q[i] * den);
  let left = BigInt(cents) - q.reduce((s, v) => s + v, 0n);
  const order = a.map((_, i) => i).sort((i, j) => (r[j] > r[i] ? 1 : r[j] < r[i] ? -1 : i - j));
  for (const i of order) if (left-- > 0n) q[i]++;
  return q.map(Number);
}

describe("state subsidy", () => {
  test("hand case: shares 0.45 / 0.30 / 0.25 and 1 000 000.01 € split to the cent (fixture)", () => {
    expect(subsidyShares([...THREE.workingAge], [...THREE.unemployed]).value).toEqual(THREE.shares);
    expect(
      subsidyAllocation(THREE.amount, [...THREE.workingAge], [...THREE.unemployed]).value
    ).toEqual(THREE.allocation);
  });

  test("ALLOCATE with three criteria (foreign-language criterion) (fixture)", () => {
    const criteria = THREE.workingAge.map((a, i) => [
      a,
      THREE.unemployed[i],
      THREE.foreignLanguage[i],
    ]);
    expect(allocate(1000, criteria, [...THREE.weights3]).value).toEqual(THREE.allocate1000);
  });

  test("weights typed as =1/3 are accepted; weights not summing to 1 are refused with their sum", () => {
    expect(
      allocate(
        1,
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        [1 / 3, 1 / 3, 1 / 3]
      ).value
    ).toEqual([0.34, 0.33, 0.33]);
    expect(allocate(1, [[1, 1]], [0.5, 0.6])).toMatchObject({
      ok: false,
      error: { message: "weights.sumNotOne", params: { sum: 1.1 } },
    });
    expect(allocate(1, [[1, 1]], [0.5])).toMatchObject({
      ok: false,
      error: { message: "shape.columns", arg: "criteria" },
    });
  });

  test("refusals name the argument", () => {
    expect(subsidyAllocation(100.005, [1], [1])).toMatchObject({
      ok: false,
      error: { arg: "amount", message: "money.fractionOfCent" },
    });
    expect(subsidyShares([1, 2], [1])).toMatchObject({
      ok: false,
      error: { message: "shape.lengthMismatch", arg: "unemployed" },
    });
    expect(subsidyShares([0, 0], [1, 2])).toMatchObject({
      ok: false,
      error: { message: "weights.allZero", arg: "workingAge" },
    });
    expect(subsidyShares([0, 0], [1, 2], 0).value).toEqual([1 / 3, 2 / 3]);
    expect(subsidyShares([1, 2], [1, 2], 50)).toMatchObject({
      ok: false,
      error: { arg: "workingAgeWeight", params: { hint: 0.5 } },
    });
  });

  const lists = fc
    .integer({ min: 1, max: 60 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: n, maxLength: n })
      )
    )
    .filter(([a, u]) => a.some((x) => x > 0) && u.some((x) => x > 0));

  test("property: shares sum to 1 (floats, within 1e-12)", () => {
    fc.assert(
      fc.property(lists, ([a, u]) => {
        const s = subsidyShares(a, u).value as number[];
        expect(Math.abs(s.reduce((x, y) => x + y, 0) - 1)).toBeLessThan(1e-12);
      })
    );
  });

  test("property: allocations add up to the cent and equal the exact definition", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), lists, (cents, [a, u]) => {
        const r = subsidyAllocation(cents / 100, a, u).value as number[];
        expect(r.reduce((s, e) => s + toCents(e), 0)).toBe(cents);
        expect(r.map(toCents)).toEqual(reference(cents, a, u));
      }),
      { numRuns: 300 }
    );
  });

  test("property: the float-shares fast path (large populations) still equals the exact definition", () => {
    const big = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: n, maxLength: n }),
          fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: n, maxLength: n })
        )
      )
      .filter(([a, u]) => a.some((x) => x > 0) && u.some((x) => x > 0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), big, (cents, [a, u]) => {
        expect((subsidyAllocation(cents / 100, a, u).value as number[]).map(toCents)).toEqual(
          reference(cents, a, u)
        );
      }),
      { numRuns: 300 }
    );
  });

  test("property: ALLOCATE with one criterion at weight 1 equals apportioning by that criterion", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), lists, (cents, [a, u]) => {
        const criteria = a.map((x, i) => [x, u[i]]);
        const byA = allocate(cents / 100, criteria, [1, 0]).value as number[];
        const both = allocate(cents / 100, criteria, [0.5, 0.5]).value as number[];
        expect(byA.map(toCents)).toEqual(reference(cents, a, a)); // 0.5·a/A + 0.5·a/A = a/A
        expect(both.map(toCents)).toEqual(reference(cents, a, u));
      }),
      { numRuns: 200 }
    );
  });
});

test("extreme but valid weights (5e-324, found by the adapters' edge-number test) stay exact and finite", () => {
  // w ≈ 0: the shares follow unemployment alone, 100 : 100 → 0.5 / 0.5; 100 € → 50 € / 50 €.
  expect(subsidyShares([1000, 3000], [100, 100], 5e-324).value).toEqual([0.5, 0.5]);
  expect(subsidyAllocation(100, [1000, 3000], [100, 100], 5e-324).value).toEqual([50, 50]);
  // weights 5e-324 and 1 sum to 1 within 1e-9; criterion 2 (2 : 4) decides: 1 € → 0.33 / 0.67.
  expect(
    allocate(
      1,
      [
        [1, 2],
        [3, 4],
      ],
      [5e-324, 1]
    ).value
  ).toEqual([0.33, 0.67]);
});
