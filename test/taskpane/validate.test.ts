import { STRINGS } from "../../src/taskpane/i18n";
import { defaultInputs, emptyMember, type WizardInputs } from "../../src/taskpane/wizard/inputs";
import { scalarLabel } from "../../src/taskpane/wizard/labels";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { figureId, toPlan, validate } from "../../src/taskpane/wizard/validate";
import { KYMPPI_MEMBERS, KYMPPI_PARAMS } from "../fixtures/wizard/kymppi";
import { kymppiInputs } from "./support/kymppiInputs";

const run = (inputs: WizardInputs, lang: "fi" | "sv" | "en" = "en") =>
  validate(
    inputs,
    lang,
    STRINGS[lang],
    (k) => scalarLabel(k, lang),
    (c) => municipalityName(c, lang)
  );

describe("validate", () => {
  it("accepts the Kymppi inputs and yields the plan with fractions for per-cent fields", () => {
    const inputs = kymppiInputs("fi");
    const v = run(inputs, "fi");
    expect([...v.errors]).toEqual([]);
    const plan = toPlan(inputs, v, (c) => municipalityName(c, "fi"))!;
    expect(plan.members.map((m) => m.labourForce)).toEqual(
      KYMPPI_MEMBERS.map((m) => m.labourForce)
    );
    expect(plan.annualChange).toBe(KYMPPI_PARAMS.annualChange); // typed "-1,4" (%)
    expect(plan.capRatio).toBe(0.95);
    expect(plan.members[0].name).toBe("Kauhava");
  });

  it("says which field is wrong and why, in the user's language, using the core's catalog", () => {
    const inputs = kymppiInputs("fi");
    const bad: WizardInputs = {
      members: inputs.members.map((m, i) =>
        i === 1 ? { ...m, figures: { ...m.figures, labourForce: "6050,5" } } : m
      ),
      scalars: { ...inputs.scalars, amount: "7154000,005", targetMulti: "0", budget: "" },
      asOf: inputs.asOf,
      yearSubsidies: {},
    };
    const fi = run(bad, "fi");
    expect(fi.errors.get(figureId("408", "labourForce"))).toMatch(/^Työvoima \(Lapua\)/);
    expect(fi.errors.get("budget")).toBe("Kuntayhtymän suunniteltu talousarvio (€) on pakollinen");
    const en = run(bad, "en");
    expect(en.errors.get(figureId("408", "labourForce"))).toBe(
      "Labour force (Lapua) is 6,050.5; a count must be a whole number"
    );
    expect(en.errors.get("amount")).toMatch(/fractions of a cent/);
    expect(en.errors.get("targetMulti")).toMatch(/must be greater than 0/);
    expect(toPlan(bad, en, (c) => c)).toBeUndefined();
  });

  it("asks for members and refuses text that is not a number", () => {
    const inputs = {
      ...defaultInputs("sv"),
      members: [
        { ...emptyMember("091"), figures: { ...emptyMember("091").figures, labourForce: "många" } },
      ],
    };
    const sv = run(inputs, "sv");
    expect(sv.errors.get(figureId("091", "labourForce"))).toBe(
      'Arbetskraft (Helsingfors) är inte ett tal: "många"'
    );
    expect(run(defaultInputs("en"), "en").errors.get("members")).toBe(STRINGS.en.needMembers);
  });

  it("reports per-cent fields in per cent", () => {
    const inputs = kymppiInputs("en");
    const en = run(
      {
        ...inputs,
        scalars: {
          ...inputs.scalars,
          capRatio: "950",
          workingAgeWeight: "-5",
          annualChange: "-140",
        },
      },
      "en"
    );
    expect(en.errors.get("capRatio")).toBe(
      "Cap ratio (% of the members' subsidy) is 950 %; at most 100 % is allowed"
    );
    expect(en.errors.get("workingAgeWeight")).toBe(
      "Weight of the 18–64 population (%) must not be negative (it is -5 %)"
    );
    expect(en.errors.get("annualChange")).toMatch(
      /^Yearly change of labour force \(%\) is -140 %; the labour force cannot fall by more than 100 % a year$/
    );
  });
});
