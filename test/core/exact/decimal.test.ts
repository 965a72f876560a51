import fc from "fast-check";
import { decimalOf, toCents, toEuros, wholeCents } from "../../../src/core";

describe("exact decimals and cents", () => {
  test("half away from zero from the exact decimal, not the binary float", () => {
    // 1.005 is 1.00499999999999989... in binary; Math.round(1.005 * 100) gives 100, Excel's ROUND gives 1.01.
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(toCents(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(0.005)).toBe(1);
    expect(toCents(0.0049)).toBe(0);
  });

  test("property: toCents inverts toEuros for every whole-cent amount up to 10^13 €", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
        expect(toCents(toEuros(cents))).toBe(cents);
        expect(wholeCents(Math.abs(toEuros(cents)))).toBe(Math.abs(cents));
      }),
      { numRuns: 2000 }
    );
  });

  test("reads small and large magnitudes", () => {
    expect(decimalOf(1e-7)).toEqual({ int: 1n, scale: 7 });
    expect(decimalOf(-0.014)).toEqual({ int: -14n, scale: 3 });
    expect(decimalOf(1e21)).toEqual({ int: 10n ** 21n, scale: 0 });
  });
});
