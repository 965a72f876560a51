import fc from "fast-check";
import { apportion, toCents } from "../../../src/core";

describe("apportion", () => {
  test("half of 2.01 € is 1.01 € + 1.00 € (the odd cent to the earlier row)", () => {
    expect(apportion(2.01, [1, 1], 0.01)).toEqual({ ok: true, value: [1.01, 1] });
  });

  test("refusals", () => {
    expect(apportion(10, [0, 0])).toMatchObject({
      ok: false,
      error: { message: "weights.allZero", arg: "weights" },
    });
    expect(apportion(10.5, [1, 2])).toMatchObject({
      ok: false,
      error: { message: "steps.notWhole", arg: "total" },
    });
    expect(apportion(10, [1, 2], 0)).toMatchObject({
      ok: false,
      error: { message: "positive.notPositive", arg: "step" },
    });
    expect(apportion(10, [1, -2])).toMatchObject({
      ok: false,
      error: { arg: "weights", at: { row: 2 } },
    });
  });

  test("property: cent parts add up exactly to the total in cents", () => {
    const weights = fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), {
      minLength: 1,
      maxLength: 50,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), weights, (cents, w) => {
        fc.pre(w.some((x) => x > 0));
        const r = apportion(cents / 100, w, 0.01);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        expect(r.value.reduce((sum, e) => sum + toCents(e), 0)).toBe(cents);
        r.value.forEach((e, i) => w[i] === 0 && expect(e).toBe(0));
      }),
      { numRuns: 300 }
    );
  });
});
