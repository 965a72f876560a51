import fc from "fast-check";
import {
  labourForce,
  meetsMinimum,
  projectLabourForce,
  shortfall,
  yearsAboveMinimum,
} from "../../../src/core";
import { KYMPPI } from "../../fixtures/core/area";

describe("employment area", () => {
  test("Kymppi: 28 616 at −1.4 %/yr stays ≥ 20 000 for exactly 25 years (hand check in the fixture)", () => {
    expect(yearsAboveMinimum([KYMPPI.labourForce], KYMPPI.annualChange).value).toBe(
      KYMPPI.yearsAboveMinimum
    );
    const p = projectLabourForce(KYMPPI.labourForce, KYMPPI.annualChange, 26);
    expect(p.ok && p.value[25]).toBeCloseTo(KYMPPI.year25, 6);
    expect(p.ok && p.value[26]).toBeCloseTo(KYMPPI.year26, 6);
    expect(p.ok && p.value.length).toBe(27);
  });

  test("Kymppi meets the minimum; a year earlier it was 450 more", () => {
    expect(meetsMinimum(KYMPPI.labourForce).value).toBe(true);
    expect(labourForce([KYMPPI.labourForce, KYMPPI.declineInYear]).value).toBe(KYMPPI.yearEarlier);
    expect(shortfall(KYMPPI.labourForce).value).toBe(0);
  });

  test("a projection that lands exactly on the minimum counts (exact, not float): 20 000 → 10 000 at −50 %", () => {
    // 20 000 × 0.5^1 = 10 000 ≥ 10 000; 20 000 × 0.5^2 = 5 000 < 10 000 → 1
    expect(yearsAboveMinimum(20000, -0.5, 10000).value).toBe(1);
    // 1 000 × 0.9^3 = 729 exactly; minimum 729 → 3 (0.9^3 in floating point is 0.7290000000000001)
    expect(yearsAboveMinimum(1000, -0.1, 729).value).toBe(3);
  });

  test("horizon caps the answer; growth never falls below", () => {
    expect(yearsAboveMinimum(28616, -0.014, null, 10).value).toBe(10);
    expect(yearsAboveMinimum(28616, 0).value).toBe(100);
  });

  test("already below the minimum is #N/A naming both figures", () => {
    expect(yearsAboveMinimum(19999, -0.01)).toEqual({
      ok: false,
      error: {
        code: "#N/A",
        message: "area.belowMinimum",
        arg: "labourForce",
        params: { value: 19999, minimum: 20000 },
      },
    });
  });

  test("bad inputs are #VALUE! naming argument and row", () => {
    expect(labourForce([1, 2.5, 3])).toMatchObject({
      ok: false,
      error: { arg: "labourForce", at: { row: 2 }, message: "count.fractional" },
    });
    expect(yearsAboveMinimum(28616, -1.4)).toMatchObject({
      ok: false,
      error: { arg: "annualChange", message: "change.belowMinusOne" },
    });
    expect(yearsAboveMinimum(28616, 1.4)).toMatchObject({
      ok: false,
      error: { arg: "annualChange", params: { hint: 0.014 } },
    });
    expect(projectLabourForce(100, 0, 2.5)).toMatchObject({
      ok: false,
      error: { arg: "years", message: "number.notInteger" },
    });
    expect(meetsMinimum(100, -1)).toMatchObject({
      ok: false,
      error: { arg: "minimum", message: "count.negative" },
    });
  });

  test("property: yearsAboveMinimum is the largest n with L·(1+c)^n ≥ m (exact rational check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20000, max: 10_000_000 }),
        fc.integer({ min: -500, max: -1 }),
        (L, permille) => {
          const n = yearsAboveMinimum(L, permille / 1000).value as number;
          const at = (k: number) =>
            BigInt(L) * BigInt(1000 + permille) ** BigInt(k) >= 20000n * 1000n ** BigInt(k);
          expect(at(n)).toBe(true);
          if (n < 100) expect(at(n + 1)).toBe(false);
        }
      )
    );
  });
});
