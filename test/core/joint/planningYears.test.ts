import fc from "fast-check";
import {
  capHeadroomsByYear,
  formatError,
  memberPayments,
  memberPaymentsByYear,
  paymentCap,
  paymentCapsByYear,
  toCents,
} from "../../../src/core";
import { CAP } from "../../fixtures/core/joint";

// Planning years (functions.md, MEMBERPAYMENTS): budgets a row of k years, subsidies n×k;
// each year's column within its own cap. Year 1 is the fixture's hand-calculated year
// (1 000 000 + 300 000 €, cap 1 235 000 €, payments 950 000 + 285 000 €); year 2 is hand
// calculated here: subsidies 100 + 300 €, cap 0.95 × 400 = 380 €, budget 200 € → 50 + 150 €.
const SUBSIDIES = [
  [CAP.subsidies[0], 100],
  [CAP.subsidies[1], 300],
];

describe("joint authority budget over planning years", () => {
  test("n×k payments, each year's column its own apportionment", () => {
    expect(memberPaymentsByYear([CAP.cap, 200], SUBSIDIES).value).toEqual([
      [CAP.payments[0], 50],
      [CAP.payments[1], 150],
    ]);
  });

  test("each year has its own cap; headroom per year", () => {
    expect(paymentCapsByYear(SUBSIDIES).value).toEqual([CAP.cap, 380]);
    expect(capHeadroomsByYear([CAP.under.budget, 200], SUBSIDIES).value).toEqual([
      CAP.under.headroom,
      180,
    ]);
  });

  test("a year over its own cap is refused naming its column, in three languages", () => {
    // 381 € is within year 1's cap but over year 2's 380 €
    const r = memberPaymentsByYear([381, 381], SUBSIDIES);
    expect(r).toMatchObject({ ok: false, error: { code: "#VALUE!", arg: "budget" } });
    if (r.ok) return;
    expect(formatError(r.error, "en")).toBe(
      "year column 2: the budget €381.00 exceeds the cap €380.00 (95% of the members' state subsidies) by €1.00"
    );
    expect(formatError(r.error, "fi")).toMatch(/^vuosisarake 2: talousarvio 381,00/);
    expect(formatError(r.error, "sv")).toMatch(/^årskolumn 2: budgeten 381,00/);
  });

  test("a bad cell names its row and year column; a missing year column is a shape error", () => {
    expect(
      memberPaymentsByYear(
        [10, 10],
        [
          [100, 100],
          [100, -1],
        ]
      )
    ).toMatchObject({
      ok: false,
      error: { arg: "memberSubsidies", at: { row: 2, col: 2 } },
    });
    expect(memberPaymentsByYear([10, -10], SUBSIDIES)).toMatchObject({
      ok: false,
      error: { arg: "budget", at: { row: 1, col: 2 } },
    });
    expect(memberPaymentsByYear([10, 10, 10], SUBSIDIES)).toMatchObject({
      ok: false,
      error: { message: "shape.columns", params: { expected: 3, actual: 2 } },
    });
  });

  test("property: each year equals the one-year calculation on its column", () => {
    const cents = fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, cents), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, f) => {
          for (let j = 0; j < 2; j++) {
            const col = rows.map((r) => r[j]);
            const cap = toCents(paymentCap(col).value!);
            const budget = Math.floor(cap * f) / 100;
            const years = memberPaymentsByYear([budget, budget], rows);
            if (!years.ok) {
              // only another year's cap can refuse it
              expect(years.error.message).toBe("cap.exceededIn");
              continue;
            }
            expect(years.value.map((r) => r[j])).toEqual(memberPayments(budget, col).value);
          }
        }
      )
    );
  });
});
