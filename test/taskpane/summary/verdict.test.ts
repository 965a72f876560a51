/**
 * The summary's verdict on the Kymppi fixture (test/fixtures/wizard/kymppi.ts: CONSTRUCTED
 * per-member figures that add up to the plan's published totals) and on a failing variant.
 */
import { STRINGS } from "../../../src/taskpane/i18n";
import { calculate } from "../../../src/taskpane/wizard/calculate";
import type { WizardInputs } from "../../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../../src/taskpane/wizard/labels";
import { municipalityName } from "../../../src/taskpane/wizard/registry";
import { verdict, verdictHolds } from "../../../src/taskpane/wizard/summary/verdict";
import { validate } from "../../../src/taskpane/wizard/validate";
import { warnings } from "../../../src/taskpane/wizard/warnings";
import { kymppiInputs } from "../support/kymppiInputs";

const run = (inputs: WizardInputs, lang: "fi" | "en" = "en") => {
  const name = (c: string) => municipalityName(c, lang);
  const v = validate(inputs, lang, STRINGS[lang], (k) => scalarLabel(k, lang), name);
  const calc = calculate(inputs, v, lang);
  return {
    lines: verdict(calc, v, STRINGS[lang], lang, name),
    warnings: warnings(inputs, v, calc, lang, (k) => scalarLabel(k, lang), name),
  };
};

describe("verdict", () => {
  it("Kymppi holds: 28 616 ≥ 20 000, connected, 296 300 € under the 95 % cap, 34 FTE needed against 40", () => {
    const { lines } = run(kymppiInputs());
    expect(lines.map((l) => l.text)).toEqual([
      "Meets the minimum of act 380/2023: labour force 28,616, minimum 20,000.",
      "The members form one connected area.",
      // cap 0.95 × 7 154 000 = 6 796 300; budget 6 500 000 → headroom 296 300 (calculate.test.ts)
      "The budget is within the 95 % cap: headroom €296,300.00.",
      // need: 1 300/130 + 2 000/170 + 462/100 = 10 + 11.76… + 4.62 (core's staffNeeded rounds per line)
      expect.stringMatching(
        /^Staffing need [\d.]+ FTE against 40 FTE transferring: [\d.]+ FTE to spare\.$/
      ),
    ]);
    expect(verdictHolds(lines)).toBe(true);
  });

  it("a failing plan says why in words, each line pointing to its step", () => {
    const k = kymppiInputs("fi");
    // Kauhava, Lapua and Vaasa only: 6 300 + 6 050 + a made-up 5 166 for Vaasa = 17 516 (the figure);
    // Vaasa (905) has no border with Kauhava (233) or Lapua (408) in the adjacency data.
    const vaasa = {
      ...k.members[0],
      code: "905",
      figures: { ...k.members[0].figures, labourForce: "5 166" },
    };
    const inputs = { ...k, members: [k.members[0], k.members[1], vaasa] };
    const { lines } = run(inputs, "fi");
    expect(lines[0]).toEqual({
      step: 1,
      ok: false,
      text: "Ei täytä lain 380/2023 vähimmäismäärää: työvoima 17\u00a0516, määrästä 20\u00a0000 puuttuu 2\u00a0484.",
    });
    expect(lines[1]).toMatchObject({ step: 1, ok: false, text: expect.stringMatching(/Vaasa/) });
    expect(verdictHolds(lines)).toBe(false);
  });
});

describe("warnings", () => {
  it("names implausible but legal figures: 5 000 unemployed in a labour force of 800, a target of 0.5, a minimum of 0", () => {
    const k = kymppiInputs("en");
    const m = {
      ...k.members[0],
      figures: { ...k.members[0].figures, labourForce: "800", unemployed: "5000" },
    };
    const inputs = {
      ...k,
      members: [m, ...k.members.slice(1)],
      scalars: { ...k.scalars, targetMulti: "0.5", minimum: "0" },
    };
    const { warnings: w } = run(inputs);
    expect(w.get("m:233:unemployed")).toBe(
      "Check Kauhava: unemployed 5,000 is above the labour force 800."
    );
    expect(w.get("targetMulti")).toMatch(/0\.5 is outside the usual 50–300/);
    expect(w.get("minimum")).toBe("The minimum 0 differs from the 20 000 of act 380/2023.");
  });

  it("has nothing to say about the Kymppi plan", () =>
    expect(run(kymppiInputs()).warnings.size).toBe(0));
});
