import fc from "fast-check";
import { capHeadroom, formatError, memberPayments, paymentCap, toCents } from "../../../src/core";
import { CAP } from "../../fixtures/core/joint";

describe("joint authority budget", () => {
  const subsidies = [...CAP.subsidies];

  test("cap, headroom and payments (hand figures in the fixture)", () => {
    expect(paymentCap(subsidies).value).toBe(CAP.cap);
    expect(capHeadroom(CAP.over.budget, subsidies).value).toBe(CAP.over.headroom);
    expect(capHeadroom(CAP.under.budget, subsidies).value).toBe(CAP.under.headroom);
    expect(memberPayments(CAP.cap, subsidies).value).toEqual(CAP.payments);
    expect(paymentCap([CAP.oddSubsidy]).value).toBe(CAP.oddCap);
  });

  test("a budget over the cap is refused naming both figures in €", () => {
    const r = memberPayments(CAP.over.budget, subsidies);
    expect(r.ok).toBe(false);
    expect(formatError(r.error!, "en")).toBe(
      "the budget €1,235,100.50 exceeds the cap €1,235,000.00 (95% of the members' state subsidies) by €100.50"
    );
    expect(formatError(r.error!, "fi").replace(/\u00a0/g, " ")).toContain(
      "1 235 100,50 € ylittää maksukaton 1 235 000,00 €"
    );
  });

  test("capRatio is a fraction: 95 is refused with the hint 0.95", () => {
    expect(paymentCap(subsidies, 95)).toMatchObject({
      ok: false,
      error: { arg: "capRatio", message: "ratio.aboveOne", params: { hint: 0.95 } },
    });
    expect(paymentCap(subsidies, 1).value).toBe(1300000);
  });

  test("property: payments add up to the budget to the cent", () => {
    const subs = fc.array(
      fc.integer({ min: 0, max: 1e10 }).map((c) => c / 100),
      { minLength: 1, maxLength: 40 }
    );
    fc.assert(
      fc.property(subs, fc.double({ min: 0, max: 1, noNaN: true }), (s, f) => {
        fc.pre(s.some((x) => x > 0));
        const cap = paymentCap(s).value as number;
        const budget = Math.floor(toCents(cap) * f) / 100;
        const paid = memberPayments(budget, s).value as number[];
        expect(paid.reduce((sum, e) => sum + toCents(e), 0)).toBe(toCents(budget));
        expect(toCents(capHeadroom(budget, s).value as number)).toBe(
          toCents(cap) - toCents(budget)
        );
      }),
      { numRuns: 200 }
    );
  });
});
