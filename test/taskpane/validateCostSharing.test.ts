/** The agreement's inputs are checked with messages naming the member and the field, in fi/sv/en. */
import { LANGUAGES, STRINGS, type Language } from "../../src/taskpane/i18n";
import { scalarLabel } from "../../src/taskpane/wizard/labels";
import { municipalityName } from "../../src/taskpane/wizard/registry";
import { toPlan, validate } from "../../src/taskpane/wizard/validate";
import type { WizardInputs } from "../../src/taskpane/wizard/inputs";
import { kymppiInputs } from "./support/kymppiInputs";
import { leadInputs } from "./support/leadInputs";

const check = (inputs: WizardInputs, lang: Language = "fi") =>
  validate(
    inputs,
    lang,
    STRINGS[lang],
    (k) => scalarLabel(k, lang),
    (c) => municipalityName(c, lang)
  );
/** The inputs with one member's share (by code) typed as `text`. */
const withShare = (inputs: WizardInputs, code: string, text: string): WizardInputs => ({
  ...inputs,
  costSharing: { ...inputs.costSharing!, shares: { ...inputs.costSharing!.shares, [code]: text } },
});

describe("agreed shares", () => {
  it("accepts shares summing to 100 % and hands them to the plan as fractions", () => {
    const inputs = leadInputs("percent");
    const v = check(inputs);
    expect(v.errors.size).toBe(0);
    const plan = toPlan(inputs, v, (c) => c);
    // 22 %, 21 %, …, 5,5 % (Kuortane), …, 2 % (support/leadInputs.ts)
    expect(plan?.costSharing).toEqual({
      model: "percent",
      shares: [0.22, 0.21, 0.16, 0.14, 0.08, 0.055, 0.045, 0.04, 0.03, 0.02],
    });
  });

  it.each([
    // Kauhava 22 → 20: 98 % in all, 2 points short; → 23,5: 101,5 %, 1,5 over.
    ["fi", "20", "Sovitut osuudet ovat yhteensä 98 %: 2 % vähemmän kuin 100 %."],
    ["fi", "23,5", "Sovitut osuudet ovat yhteensä 101,5 %: 1,5 % enemmän kuin 100 %."],
    ["sv", "20", "De avtalade andelarna är sammanlagt 98 %: 2 % mindre än 100 %."],
    ["en", "23.5", "The agreed shares add up to 101.5%: 1.5% over 100%."],
  ] as const)("%s: Kauhava at %s says the sum and the difference", (lang, typed, message) => {
    const v = check(withShare(leadInputs("percent"), "233", typed), lang);
    expect(v.errors.get("shareSum")?.replace(/\u00a0/g, " ")).toBe(message);
  });

  it.each(LANGUAGES)("%s: a missing or wrong share names the member and the field", (lang) => {
    const inputs = withShare(withShare(leadInputs("percent"), "233", ""), "408", "abc");
    const v = check(inputs, lang);
    const t = STRINGS[lang];
    const name = (code: string) => municipalityName(code, lang); // Lapua, sv Lappo
    expect(v.errors.get("share:233")).toContain(`${t.agreedShare} (${name("233")})`);
    expect(v.errors.get("share:408")).toContain(`${t.agreedShare} (${name("408")})`);
    expect(name("408")).toBe(lang === "sv" ? "Lappo" : "Lapua");
    expect(v.errors.has("shareSum")).toBe(false); // no sum until every share is a number
  });

  it("a share above 100 % is refused in per cent", () => {
    const v = check(withShare(leadInputs("percent"), "233", "120"));
    expect(v.errors.get("share:233")).toBe(
      "Sovittu osuus (%) (Kauhava) on 120 %; suurin sallittu arvo on 100 %"
    );
  });

  it("asks for the fixed part only in the fixed-plus-use model", () => {
    const bad = (model: "percent" | "fixedUse") => {
      const i = leadInputs(model);
      return check({ ...i, costSharing: { ...i.costSharing!, fixedPart: "" } });
    };
    expect(bad("percent").errors.has("fixedPart")).toBe(false);
    expect(bad("fixedUse").errors.get("fixedPart")).toBe(`${STRINGS.fi.fixedPart} on pakollinen`);
  });

  it("names a lead municipality's budget as its own, not the joint authority's", () => {
    const i = leadInputs("percent");
    const v = check({ ...i, scalars: { ...i.scalars, budget: "" } });
    expect(v.errors.get("budget")).toBe(
      "Työllisyyspalvelujen suunniteltu talousarvio (€) on pakollinen"
    );
  });

  it("the joint authority's model asks for none of them (an old workbook's inputs)", () => {
    const { costSharing, ...old } = leadInputs("percent");
    expect(costSharing).toBeDefined();
    expect(
      check({ ...old, costSharing: { ...costSharing!, model: "joint", shares: {} } }).errors.size
    ).toBe(0);
    expect(check(kymppiInputs()).errors.size).toBe(0);
  });
});
