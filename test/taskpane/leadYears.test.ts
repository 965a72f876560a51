/**
 * A lead municipality's cost sharing through the wizard's calculate (Kymppi fixture with the
 * agreed shares of support/leadInputs.ts; every figure by hand below). The payments come
 * from the core's ALLOCATE and add up to each year's budget to the cent.
 */
import { STRINGS } from "../../src/taskpane/i18n";
import { calculate } from "../../src/taskpane/wizard/calculate";
import type { WizardInputs } from "../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../src/taskpane/wizard/labels";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { validate } from "../../src/taskpane/wizard/validate";
import { leadInputs } from "./support/leadInputs";

const calc = (inputs: WizardInputs) =>
  calculate(
    inputs,
    validate(
      inputs,
      "en",
      STRINGS.en,
      (k) => scalarLabel(k, "en"),
      (c) => municipalityName(c, "en")
    ),
    "en"
  );
const cents = (xs: readonly number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0);
const BUDGETS = [6500000, 6700000, 6796300];

describe("lead municipality, an agreed percentage per member", () => {
  const c = calc(leadInputs("percent"));

  it("splits each year's budget by the shares: 6 500 000 × 22 % = 1 430 000 € for Kauhava", () => {
    expect(c.errors.size).toBe(0);
    // 6 500 000 × (22, 21, 16, 14, 8, 5.5, 4.5, 4, 3, 2) % — exact, no cent left over.
    expect(c.payments).toEqual([
      1430000, 1365000, 1040000, 910000, 520000, 357500, 292500, 260000, 195000, 130000,
    ]);
    // planning year 2: 6 796 300 × 5.5 % = 373 796.50 € for Kuortane
    expect(c.years!.payments![5][2]).toBe(373796.5);
  });

  it("has no cap or headroom: the agreement decides", () => {
    expect([c.cap, c.headroom, c.years!.caps, c.years!.headrooms]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("ties out to each year's budget to the cent", () => {
    expect(c.years!.budgets).toEqual(BUDGETS);
    expect([0, 1, 2].map((j) => cents(c.years!.payments!.map((r) => r[j])))).toEqual(
      BUDGETS.map((b) => b * 100)
    );
  });
});

describe("lead municipality, a fixed part plus a part by use (Etelä-Häme from 2026)", () => {
  const c = calc(leadInputs("fixedUse", "50"));

  it("Kauhava pays 50 % × 6 500 000 × 22 % + 50 % × 6 500 000 × 820/3 762 clients", () => {
    expect(c.errors.size).toBe(0);
    // 715 000 + 3 250 000 × 820 / 3 762 = 1 423 399.787… € = 142 339 978.735… cents. The ten
    // floors leave 5 cents; the largest remainders (in cents) are Evijärvi .797, Kauhava .735,
    // Alajärvi .703, Vimpeli .695 and Lappajärvi .516, so Kauhava gets one: 1 423 399.79 €.
    expect(c.payments![0]).toBe(1423399.79);
    // Soini: 65 000 + 3 250 000 × 42 / 3 762 = 101 283.891… €, remainder .155: 101 283.89 €
    expect(c.payments![9]).toBe(101283.89);
  });

  it("ties out to each year's budget to the cent", () => {
    expect([0, 1, 2].map((j) => cents(c.years!.payments!.map((r) => r[j])))).toEqual(
      BUDGETS.map((b) => b * 100)
    );
  });

  it("a fixed part of 100 % is the agreed percentages alone", () => {
    const all = calc(leadInputs("fixedUse", "100"));
    expect(all.years!.payments).toEqual(calc(leadInputs("percent")).years!.payments);
  });

  it("a part by use over members without clients is an error on the fixed part, naming the clients", () => {
    const none = leadInputs("fixedUse");
    const members = none.members.map((m) => ({
      ...m,
      figures: { ...m.figures, clientsMulti: "0", clientsSkills: "0", clientsCoach: "0" },
    }));
    const e = calc({ ...none, members });
    expect(e.errors.get("fixedPart")).toMatch(/^Clients: all values are zero/);
    expect(e.payments).toBeUndefined();
  });
});
