import * as core from "../../../src/core";
import { en, fi, sv, formatError, type MessageKey } from "../../../src/core";

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalog", () => {
  const keys = Object.keys(en) as MessageKey[];

  test.each([
    ["fi", fi],
    ["sv", sv],
  ] as const)("%s has exactly the English keys and the same placeholders", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys)
      expect([key, placeholders(catalog[key])]).toEqual([key, placeholders(en[key])]);
  });

  test("no template is left untranslated in fi or sv (apart from the bare argument)", () => {
    for (const key of keys.filter((k) => k !== "where.arg")) {
      expect([key, fi[key]]).not.toEqual([key, en[key]]);
      expect([key, sv[key]]).not.toEqual([key, en[key]]);
    }
  });
});

describe("formatError", () => {
  const overCap = {
    code: "#VALUE!" as const,
    message: "cap.exceeded",
    arg: "budget",
    // hand figures: cap 0.95 × 1 300 000.00 € = 1 235 000.00 €; budget 1 235 100.50 € is 100.50 € over
    params: { budgetEur: 1235100.5, capEur: 1235000, ratioPct: 0.95, overEur: 100.5 },
  };

  test("money and percentages per locale", () => {
    expect(formatError(overCap, "en")).toBe(
      "the budget €1,235,100.50 exceeds the cap €1,235,000.00 (95% of the members' state subsidies) by €100.50"
    );
    expect(formatError(overCap, "fi").replace(/\u00a0/g, " ")).toBe(
      "talousarvio 1 235 100,50 € ylittää maksukaton 1 235 000,00 € (95 % jäsenkuntien valtionosuuksista); ylitys 100,50 €"
    );
    expect(formatError(overCap, "sv").replace(/\u00a0/g, " ")).toBe(
      "budgeten 1 235 100,50 € överskrider avgiftstaket 1 235 000,00 € (95 % av medlemskommunernas statsandelar) med 100,50 €"
    );
  });

  test("the ratio hint shows the fraction the user probably meant", () => {
    const e = {
      code: "#VALUE!" as const,
      message: "ratio.aboveOne",
      arg: "capRatio",
      params: { value: 95, hint: 0.95, hintPct: 0.95 },
    };
    expect(formatError(e, "en")).toBe(
      "capRatio is 95, above 1; ratios are fractions: did you mean 0.95 (95%)?"
    );
    expect(formatError(e, "fi").replace(/\u00a0/g, " ")).toBe(
      "capRatio on 95 eli yli 1; osuudet annetaan desimaalilukuina: tarkoititko 0,95 (95 %)?"
    );
  });

  test("cells in a matrix name row and column; labels are localized by the caller", () => {
    const e = {
      code: "#VALUE!" as const,
      message: "cell.numberAsText",
      arg: "criteria",
      at: { row: 3, col: 2 },
      params: { text: "28 616" },
    };
    expect(formatError(e, "en")).toBe(
      'row 3, column 2 of criteria is the number "28 616" stored as text; enter it as a number'
    );
    expect(formatError(e, "fi", () => "kriteerit")).toBe(
      'kriteerit: rivi 3, sarake 2 on tekstiksi tallennettu luku "28 616"; syötä se lukuna'
    );
  });

  test("length mismatch labels both arguments", () => {
    const e = {
      code: "#VALUE!" as const,
      message: "shape.lengthMismatch",
      arg: "unemployed",
      params: { other: "workingAge", actual: 9, expected: 10 },
    };
    expect(
      formatError(
        e,
        "sv",
        (id) => ({ workingAge: "arbetsföra", unemployed: "arbetslösa" })[id] ?? id
      )
    ).toBe("arbetslösa och arbetsföra är olika långa (9 och 10 rader)");
  });

  test("an unknown key falls back to the generic message, not the raw key", () => {
    expect(formatError({ code: "#VALUE!", message: "no.such.key", arg: "x" }, "en")).toBe(
      "x is not valid"
    );
  });
});

describe("every placeholder is filled for the faults the core reports", () => {
  // One real fault per message family, rendered in all three languages: no "{…}" may remain.
  const faults = [
    core.benefitShare(5, 2007),
    core.municipality("Vaasa", 5 as unknown as string),
    core.municipality("Atlantis"),
    core.labourForce([1, -2]),
    core.paymentCap([1], 95),
    core.yearsAboveMinimum(30000, 1.4),
    core.yearsAboveMinimum(10, -0.1),
    core.memberPayments(100, [10]),
    core.apportion(10.5, [1]),
    core.subsidyShares([1, 2], [1]),
    core.contiguous(["Kokkola", "Karleby"]),
    core.benefitShare(5, null, [
      [1, 10, 0],
      [12, null, 0.5],
    ]),
    core.benefitShare(50, null, [[1, 10, 0.5]]),
    core.caseload(3762, 5e-324),
    core.subsidyAllocation(100.005, [1], [1]),
    core.allocate(1, [[1, 1]], [0.5, 0.6]),
    core.allocate(1, [[1, 1]], [0.5]),
  ];
  test.each(faults.map((r, i) => [i, r] as const))("fault %i", (_, r) => {
    expect(r.ok).toBe(false);
    for (const locale of ["en", "fi", "sv"] as const)
      expect(formatError(r.error!, locale)).not.toMatch(/\{\w+\}/);
  });
});
