import { memberPayments } from "../../src/core";
import { STRINGS } from "../../src/taskpane/i18n";
import { calculate } from "../../src/taskpane/wizard/calculate";
import { amount2 } from "../../src/taskpane/wizard/format";
import type { WizardInputs } from "../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../src/taskpane/wizard/labels";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { timetable, yearHeaders } from "../../src/taskpane/wizard/steps/YearsTable";
import { toPlan, validate, yearSubsidyId } from "../../src/taskpane/wizard/validate";
import { kymppiInputs } from "./support/kymppiInputs";

const run = (inputs: WizardInputs) => {
  const v = validate(
    inputs,
    "en",
    STRINGS.en,
    (k) => scalarLabel(k, "en"),
    (c) => municipalityName(c, "en")
  );
  return { v, c: calculate(inputs, v, "en") };
};
const withBudgets = (plan1: string, plan2: string) => {
  const k = kymppiInputs();
  return { ...k, scalars: { ...k.scalars, budgetPlan1: plan1, budgetPlan2: plan2 } };
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the joint authority's budget year and two planning years (Kymppi fixture)", () => {
  it("takes the budget year's budget for an empty planning year", () => {
    const { v, c } = run(withBudgets("6 700 000", ""));
    expect(c.errors.size).toBe(0);
    // 6 500 000 is the fixture's budget; 6 700 000 a typed planning-year budget.
    expect(c.years?.budgets).toEqual([6500000, 6700000, 6500000]);
    expect(toPlan(withBudgets("6 700 000", ""), v, (x) => x)?.planningBudgets).toEqual([
      6700000, 6500000,
    ]);
  });

  it("gives each year its own cap, headroom and payments, the payments adding up to the budget", () => {
    const { c } = run(withBudgets("6 700 000", "6 796 300"));
    // cap 0.95 × 7 154 000 = 6 796 300 each year (the same subsidies; calculate.test.ts)
    expect(c.years?.caps).toEqual([6796300, 6796300, 6796300]);
    // headrooms: 6 796 300 − 6 500 000 = 296 300; − 6 700 000 = 96 300; − 6 796 300 = 0
    expect(c.years?.headrooms).toEqual([296300, 96300, 0]);
    const pay = c.years!.payments!;
    expect(pay).toHaveLength(c.subsidies!.length);
    [6500000, 6700000, 6796300].forEach((budget, j) => {
      const column = pay.map((row) => row[j]);
      const kernel = memberPayments(budget, c.subsidies!, 0.95);
      expect(kernel).toEqual({ ok: true, value: column });
      expect(Math.round(sum(column) * 100)).toBe(budget * 100);
    });
    expect(pay.map((row) => row[0])).toEqual(c.payments); // year 1 is the one-year result
  });

  it("puts a planning year over its cap on that year's budget field, naming the figures", () => {
    const { c } = run(withBudgets("", "7 000 000"));
    expect(c.errors.get("budgetPlan2")).toMatch(/7,000,000\.00.*6,796,300\.00/);
    expect(c.errors.has("budget")).toBe(false);
    expect(c.years?.headrooms).toEqual([296300, 296300, -203700]); // 6 796 300 − 7 000 000
    expect(c.years?.payments).toBeUndefined();
  });
});

describe("members' subsidies typed per year", () => {
  const k = kymppiInputs();
  // Kauhava's (first member) subsidy in planning year 2 typed 100 000 lower than the computed
  // 1 565 101,63 (asserted below): 1 465 101,63.
  const typed = { ...k, yearSubsidies: { [k.members[0].code]: ["", "", "1 465 101,63"] } };

  it("replaces the computed subsidy in that year only; the cap and payments follow", () => {
    const { v, c } = run({ ...typed, scalars: { ...typed.scalars, budgetPlan2: "6 000 000" } });
    expect(c.errors.size).toBe(0);
    expect(c.subsidies![0]).toBe(1565101.63);
    const sub = c.years!.subsidies;
    expect(sub[0]).toEqual([c.subsidies![0], c.subsidies![0], 1465101.63]);
    expect(sub.slice(1).every((row, i) => row[2] === c.subsidies![i + 1])).toBe(true);
    // cap of year 3: 0.95 × (7 154 000 − 100 000) = 6 701 300; headroom 701 300
    expect(c.years?.caps).toEqual([6796300, 6796300, 6701300]);
    expect(c.years?.headrooms?.[2]).toBe(701300);
    const kernel = memberPayments(
      6000000,
      sub.map((row) => row[2]),
      0.95
    );
    expect(kernel).toEqual({ ok: true, value: c.years!.payments!.map((row) => row[2]) });
    expect(toPlan(typed, v, (x) => x)?.yearSubsidies?.[0]).toEqual([
      undefined,
      undefined,
      1465101.63,
    ]);
  });

  it("names a wrong typed subsidy by member and year", () => {
    const bad = { ...k, yearSubsidies: { [k.members[0].code]: ["abc", "", ""] } };
    const { v } = run(bad);
    expect(v.errors.get(yearSubsidyId(k.members[0].code, 0))).toMatch(
      /State subsidy, Budget year \(Kauhava\)/
    );
  });
});

describe("the years' headers and the basic agreement's dates", () => {
  it("names the years by the calendar once the figures' year is known (2023 → budget year 2024)", () => {
    expect(yearHeaders(STRINGS.fi, undefined)).toEqual([
      "Talousarviovuosi",
      "1. suunnitteluvuosi",
      "2. suunnitteluvuosi",
    ]);
    expect(yearHeaders(STRINGS.sv, 2024)).toEqual(["2024", "2025", "2026"]);
  });

  it("dates the timetable in the year before the budget year (31.8. and 15.10.; domain.md)", () => {
    expect(timetable(STRINGS.fi, 2024)).toBe(
      "Aikataulu (perussopimus): alustava talousarvio vuodelle 2024 jäsenkunnille 31.8.2023 mennessä; hyväksytty talousarvio ja -suunnitelma vuosille 2024–2026 15.10.2023 mennessä."
    );
    expect(timetable(STRINGS.sv, 2024)).toMatch(
      /senast 31\.8\.2023.*2024–2026 senast 15\.10\.2023/
    );
    expect(timetable(STRINGS.en, 2024)).toMatch(/by 31\.8\.2023.*2024–2026 by 15\.10\.2023/);
    expect(timetable(STRINGS.en, undefined)).toBe(STRINGS.en.timetable);
  });
});

describe("the computed subsidy as a per-year cell's placeholder", () => {
  it("has two decimals and no currency sign, in the pane's language", () => {
    // 1 565 101,63: Kauhava's computed subsidy (asserted above)
    expect(amount2(1565101.63, "fi")).toMatch(/^1\s565\s101,63$/);
    expect(amount2(1565101.63, "sv")).toMatch(/^1\s565\s101,63$/);
    expect(amount2(1565101.63, "en")).toBe("1,565,101.63");
  });
});
