/**
 * The summary follows a lead municipality's model: no cap line ("no cap: the agreement
 * decides"), the payments by the agreement, and no cap-based budget warning. Kymppi fixture
 * with the agreed shares of support/leadInputs.ts.
 */
import { STRINGS } from "../../../src/taskpane/i18n";
import { calculate } from "../../../src/taskpane/wizard/calculate";
import type { WizardInputs } from "../../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../../src/taskpane/wizard/labels";
import { municipalityName } from "../../../src/taskpane/wizard/registry";
import { verdict } from "../../../src/taskpane/wizard/summary/verdict";
import { validate } from "../../../src/taskpane/wizard/validate";
import { warnings } from "../../../src/taskpane/wizard/warnings";
import { leadInputs } from "../support/leadInputs";

const run = (inputs: WizardInputs) => {
  const name = (c: string) => municipalityName(c, "en");
  const v = validate(inputs, "en", STRINGS.en, (k) => scalarLabel(k, "en"), name);
  const calc = calculate(inputs, v, "en");
  return {
    calc,
    lines: verdict(calc, v, STRINGS.en, "en", name),
    warnings: warnings(inputs, v, calc, "en", (k) => scalarLabel(k, "en"), name),
  };
};

describe("the summary of a lead-municipality area", () => {
  it.each([
    ["percent", "agreed percentages"],
    ["fixedUse", "a fixed part of 50% by the agreed shares, 50% by clients"],
  ] as const)("%s: the model, and the payments tie out, no cap", (model, words) => {
    const { lines, calc } = run(leadInputs(model));
    expect(lines[2]).toEqual({
      step: 3,
      ok: true,
      text: `Lead municipality (${words}): the members' payments add up to the budget €6,500,000.00 (no cap: the agreement decides).`,
    });
    expect(calc.agreedShares).toHaveLength(10); // the council table's "Agreed share" column
  });

  it("says 'not computed yet' while the shares do not add up to 100 %", () => {
    const i = leadInputs("percent");
    const shares = { ...i.costSharing!.shares, "233": "20" }; // Kauhava 22 → 20: 98 %
    const { lines, calc } = run({ ...i, costSharing: { ...i.costSharing!, shares } });
    expect(lines[2]).toMatchObject({ step: 3, ok: undefined });
    expect([calc.payments, calc.agreedShares]).toEqual([undefined, undefined]);
  });

  it("gives no cap-based budget warning: a small budget is the agreement's business", () => {
    const i = leadInputs("percent");
    // 1 000 000 € is under half the 6 796 300 € cap a joint authority would have (calculate.test.ts).
    const small = { ...i, scalars: { ...i.scalars, budget: "1 000 000" } };
    expect(run(small).warnings.has("budget")).toBe(false);
    const joint = { ...small, costSharing: { ...small.costSharing!, model: "joint" as const } };
    expect(run(joint).warnings.has("budget")).toBe(true);
  });
});
