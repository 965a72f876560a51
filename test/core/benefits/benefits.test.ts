import fc from "fast-check";
import { benefitBands, benefitCost, benefitShare, formatError, toCents } from "../../../src/core";
import { KELA, PERSON_400, PERSON_450_2006 } from "../../fixtures/core/benefits";

describe("municipal share of unemployment benefits", () => {
  test("Kela: 20 days beyond day 100 at 37.21 € cost the municipality exactly 74.42 €", () => {
    expect(benefitCost(KELA.daysBefore, KELA.days, KELA.dailyAmount).value).toBe(KELA.cost);
  });

  test("a person with 400 days before: 2025, 2015 and 2006 models (hand figures in the fixture)", () => {
    expect(benefitCost(PERSON_400.daysBefore, PERSON_400.days, null, 2025).value).toBe(
      PERSON_400.cost2025
    );
    expect(benefitCost(PERSON_400.daysBefore, PERSON_400.days, null, 2015).value).toBe(
      PERSON_400.cost2015
    );
    expect(benefitCost(PERSON_400.daysBefore, PERSON_400.days, null, 2006).value).toBe(
      PERSON_400.cost2006
    );
  });

  test("model 2006 is the 2006–2014 model: 50 % after 500 days (data README, HE 164/2005)", () => {
    expect(benefitBands(2006).value).toEqual([
      [1, 500, 0],
      [501, null, 0.5],
    ]);
    expect(benefitShare(500, 2006).value).toBe(0);
    expect(benefitShare(501, 2006).value).toBe(0.5);
    expect(benefitCost(PERSON_450_2006.daysBefore, PERSON_450_2006.days, null, 2006).value).toBe(
      PERSON_450_2006.cost
    );
  });

  test("model 2015 is the 2015–2024 model: 50 % from day 301, 70 % after day 1000 (data README)", () => {
    expect(benefitBands(2015).value).toEqual([
      [1, 300, 0],
      [301, 1000, 0.5],
      [1001, null, 0.7],
    ]);
  });

  test("an unknown model names the three valid ones in every language", () => {
    const bad = benefitBands(2007);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(formatError(bad.error, "en")).toContain("2025, 2015 or 2006");
    expect(formatError(bad.error, "fi")).toContain("2025, 2015 tai 2006");
    expect(formatError(bad.error, "sv")).toContain("2025, 2015 eller 2006");
  });

  test("the bands come from the data file: 2025 has Kela's billing bands 101–200 … 701–", () => {
    expect(benefitBands().value).toEqual([
      [1, 100, 0],
      [101, 200, 0.1],
      [201, 300, 0.2],
      [301, 400, 0.3],
      [401, 700, 0.4],
      [701, null, 0.5],
    ]);
    expect(benefitBands(2007)).toMatchObject({
      ok: false,
      error: { arg: "model", message: "model.unknown" },
    });
  });

  test("rounded once, half away from zero: 1 day × 10 % × 0.05 € = 0.005 € → 0.01 €", () => {
    expect(benefitCost(100, 1, 0.05).value).toBe(0.01);
    expect(benefitCost(100, 1, 0.04).value).toBe(0);
  });

  test("a user table replaces the built-in one and is validated", () => {
    const flat = [[1, null, 0.25]];
    expect(benefitCost(0, 4, 10, null, flat).value).toBe(10);
    expect(
      benefitShare(5, null, [
        [1, 10, 0],
        [11, "", 1],
      ]).value
    ).toBe(0);
    const gap = benefitShare(5, null, [
      [1, 10, 0],
      [12, null, 0.5],
    ]);
    expect(gap).toMatchObject({
      ok: false,
      error: {
        message: "bands.gap",
        arg: "bands",
        at: { row: 2 },
        params: { value: 12, previous: 10 },
      },
    });
    expect(formatError(gap.error!, "en")).toBe(
      "row 2 of bands: the band starts at day 12 but the previous one ended at day 10"
    );
    expect(benefitShare(5, null, [[2, null, 0.5]])).toMatchObject({
      ok: false,
      error: { message: "bands.firstDay" },
    });
    expect(benefitShare(50, null, [[1, 10, 0.5]])).toMatchObject({
      ok: false,
      error: { message: "bands.notCovered", params: { needed: 50 } },
    });
    expect(
      benefitShare(5, null, [
        [1, null, 0.5],
        [11, 20, 0.5],
      ])
    ).toMatchObject({ ok: false, error: { message: "bands.openNotLast" } });
    expect(benefitShare(5, null, [[1, null, 50]])).toMatchObject({
      ok: false,
      error: { at: { row: 1, col: 3 }, params: { hint: 0.5 } },
    });
    expect(benefitShare(5, null, [[1, 0, 0.5]])).toMatchObject({
      ok: false,
      error: { at: { row: 1, col: 2 } },
    });
  });

  test("bad days are #VALUE! naming the argument", () => {
    expect(benefitShare(0)).toMatchObject({ ok: false, error: { arg: "benefitDay" } });
    expect(benefitCost(-1, 20)).toMatchObject({ ok: false, error: { arg: "daysBefore" } });
    expect(benefitCost(100, 2.5)).toMatchObject({
      ok: false,
      error: { arg: "days", message: "number.notInteger" },
    });
  });

  test("property: splitting a period changes the cost by at most a cent of rounding; more days never cost less", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 3000 }),
        fc.nat({ max: 500 }),
        fc.nat({ max: 500 }),
        fc.constantFrom(2025, 2015, 2006),
        (before, d1, d2, model) => {
          const whole = toCents(benefitCost(before, d1 + d2, null, model).value!);
          const parts =
            toCents(benefitCost(before, d1, null, model).value!) +
            toCents(benefitCost(before + d1, d2, null, model).value!);
          expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1);
          expect(whole).toBeGreaterThanOrEqual(
            toCents(benefitCost(before, d1, null, model).value!)
          );
        }
      )
    );
  });
});
