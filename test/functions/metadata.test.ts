import { CATALOGUE } from "../../src/functions/catalogue";
import {
  catalogueTexts,
  functionsMetadata,
  metadataByLang,
  parameterDescription,
  textProblems,
} from "../../scripts/functionsMetadata";
import { roundingNotesByLang } from "../../scripts/functionsRounding";
const { buildOutputs } = require("../../scripts/functions-build.js");
const { readsAsCellReference } = require("../../scripts/functions-localize.js");

type Metadata = ReturnType<typeof functionsMetadata>;

// The catalogue ids and English parameter ids exactly as in docs/functions.md (the public
// interface: a change here is a change of every workbook that uses the functions).
const PUBLIC_INTERFACE: Record<string, string[]> = {
  LABOURFORCE: ["labourForce"],
  MEETSMINIMUM: ["labourForce", "minimum"],
  SHORTFALL: ["labourForce", "minimum"],
  YEARSABOVEMINIMUM: ["labourForce", "annualChange", "minimum", "horizon"],
  PROJECTLABOURFORCE: ["labourForce", "annualChange", "years"],
  CONTIGUOUS: ["municipalities", "neighbourPairs"],
  NEIGHBOURS: ["municipality"],
  MUNICIPALITY: ["municipality", "field"],
  FORMAREAS: ["municipalities", "labourForce", "minimum", "neighbourPairs"],
  SUGGESTMEMBERS: ["members", "municipalities", "labourForce", "minimum", "neighbourPairs"],
  SUBSIDYSHARES: ["workingAge", "unemployed", "workingAgeWeight"],
  SUBSIDYALLOCATION: ["amount", "workingAge", "unemployed", "workingAgeWeight"],
  ALLOCATE: ["amount", "criteria", "weights", "step"],
  PAYMENTCAP: ["memberSubsidies", "capRatio"],
  MEMBERPAYMENTS: ["budget", "memberSubsidies", "capRatio"],
  CAPHEADROOM: ["budget", "memberSubsidies", "capRatio"],
  STAFFNEEDED: ["clients", "caseloadTarget", "step"],
  CASELOAD: ["clients", "fte"],
  STAFFALLOCATION: ["totalFte", "clients", "step"],
  BENEFITSHARE: ["benefitDay", "model", "bands"],
  BENEFITCOST: ["daysBefore", "days", "dailyAmount", "model", "bands"],
  BENEFITBANDS: ["model"],
};

const byLang = metadataByLang("https://tyoalue.example.fi/addin/");
const out: Record<string, string> = buildOutputs(byLang, roundingNotesByLang());
const json = (name: string): Metadata => JSON.parse(out[name]);

describe("the catalogue", () => {
  it("has exactly the public interface's ids and parameters, in order", () => {
    const got = Object.fromEntries(CATALOGUE.map((e) => [e.id, e.parameters.map((p) => p.id)]));
    expect(got).toEqual(PUBLIC_INTERFACE);
  });
  it("gives each parameter id one name per language across all functions", () => {
    for (const lang of ["fi", "sv"] as const) {
      const names = new Map<string, string>();
      for (const p of CATALOGUE.flatMap((e) => e.parameters)) {
        expect([p.id, names.get(p.id) ?? p.name[lang]]).toEqual([p.id, p.name[lang]]);
        names.set(p.id, p.name[lang]);
      }
    }
  });
  it("has texts for exactly its functions and parameters", () => {
    expect(textProblems(catalogueTexts())).toEqual([]);
    const texts = { ...catalogueTexts() };
    const caseload = texts.CASELOAD;
    delete texts.CASELOAD;
    expect(textProblems(texts)).toEqual(["CASELOAD has no texts"]);
    texts.CASELOAD = { ...caseload, parameters: { clients: caseload.parameters.clients } };
    expect(textProblems({ ...texts, NOPE: caseload })).toEqual([
      "NOPE is not in the catalogue",
      "CASELOAD(fte) has no description",
    ]);
    expect(() => functionsMetadata("fi", undefined, texts)).toThrow(/CASELOAD\(fte\)/);
  });
  it("writes defaults from their values in each language's number format", () => {
    const capRatio = CATALOGUE.find((e) => e.id === "PAYMENTCAP")!.parameters[1];
    const t = catalogueTexts().PAYMENTCAP.parameters.capRatio;
    // DEFAULT_CAP_RATIO = 0.95 (the Kymppi basic agreement's 95 %, src/core/joint/cap.ts)
    expect(parameterDescription(capRatio, t, "en")).toMatch(/ Default 0\.95\.$/);
    expect(parameterDescription(capRatio, t, "fi")).toMatch(/ Oletus 0,95\.$/);
    expect(parameterDescription(capRatio, t, "sv")).toMatch(/ Standard 0,95\.$/);
  });
});

describe("functions.json, functions-fi.json, functions-sv.json", () => {
  it.each(["functions.json", "functions-fi.json", "functions-sv.json"])(
    "%s has every id with the same parameters",
    (file) => {
      const m = json(file);
      const en = json("functions.json");
      expect(m.functions.map((f) => f.id)).toEqual(Object.keys(PUBLIC_INTERFACE));
      m.functions.forEach((f, i) => {
        const e = en.functions[i];
        const shape = (p: Record<string, unknown>) => [p.type, p.dimensionality, p.optional];
        expect(f.parameters.map(shape)).toEqual(e.parameters.map(shape));
        expect(f.result).toEqual(e.result);
        // IntelliSense text: present, and within the 255 characters Excel's dialogs show.
        expect(f.description.length).toBeGreaterThan(20);
        expect(f.description.length).toBeLessThanOrEqual(255);
        for (const p of f.parameters) {
          expect(p.type).toBe("any"); // blanks, text and booleans reach the adapters
          expect(p.description.length).toBeGreaterThan(5);
          expect(p.description.length).toBeLessThanOrEqual(255);
        }
      });
      expect(m.allowErrorForDataTypeAny).toBe(true);
    }
  );
  it("is unchanged unless on purpose (snapshot of the English metadata)", () => {
    expect(functionsMetadata("en")).toMatchSnapshot();
  });
  it("localizes names and help URLs and follows the base URL", () => {
    const fi = json("functions-fi.json").functions.find((f) => f.id === "LABOURFORCE")!;
    expect(fi.name).toBe("TYOVOIMA");
    expect(fi.parameters[0].name).toBe("työvoima");
    expect(fi.helpUrl).toBe("https://tyoalue.example.fi/addin/help/fi/LABOURFORCE.html");
    expect(json("functions.json").functions[0].helpUrl).toBe(
      "https://tyoalue.example.fi/addin/help/en/LABOURFORCE.html"
    );
  });
  it("says that the payment cap is the largest whole-cent budget within the cap, in every language", () => {
    const cap = (file: string) =>
      json(file).functions.find((f) => f.id === "PAYMENTCAP")!.description;
    expect(cap("functions.json")).toContain("largest whole-cent budget within the cap");
    expect(cap("functions-fi.json")).toContain("alaspäin");
    expect(cap("functions-sv.json")).toContain("nedåt");
  });
  it("no function name in any language could be read as a cell reference, and names are unique", () => {
    for (const file of ["functions.json", "functions-fi.json", "functions-sv.json"]) {
      const names = json(file).functions.map((f) => f.name);
      for (const n of names) {
        expect(readsAsCellReference(n)).toBe(false);
        expect(n).toMatch(/^[A-Z][A-Z.]*$/);
      }
      expect(new Set(names).size).toBe(names.length);
    }
  });
  it("the cell-reference rule catches A1, XFD1048576, R1C1 and RC", () => {
    for (const n of ["A1", "VOS1", "ABC123", "XFD1048576", "R1C1", "RC", "R2C"])
      expect(readsAsCellReference(n)).toBe(true);
    for (const n of ["TYOVOIMA", "VOSJAKO", "RC1X"]) expect(readsAsCellReference(n)).toBe(false);
  });
  it("the build fails on a function name Excel could read as a cell reference", () => {
    const fi = functionsMetadata("fi");
    const bad = { ...fi, functions: [{ ...fi.functions[0], name: "VOS1" }] };
    expect(() => buildOutputs({ fi: bad })).toThrow(/fi: VOS1/);
  });
});

describe("help pages", () => {
  it.each(["en", "fi", "sv"])(
    "exist in %s for every function, plus an index, without script",
    (lang) => {
      for (const id of Object.keys(PUBLIC_INTERFACE)) {
        const html = out[`help/${lang}/${id}.html`];
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`TYOALUE.${id}`);
        expect(html).not.toMatch(/<script|\son\w+=/i);
      }
      expect(out[`help/${lang}/index.html`]).toContain("<h1>");
      expect(out["help/help.css"]).toBeTruthy();
    }
  );
  it("say how a result is rounded, from the entry's rounding (PAYMENTCAP: down to a whole cent)", () => {
    expect(out["help/en/PAYMENTCAP.html"]).toContain("the cap rounded down to a whole cent.");
    expect(out["help/fi/PAYMENTCAP.html"]).toContain("katto pyöristettynä alaspäin senttiin");
    expect(out["help/sv/PAYMENTCAP.html"]).toContain("taket avrundat nedåt till hel cent");
    expect(out["help/en/CASELOAD.html"]).toContain("<p>one value.</p>"); // unrounded
  });
  it("show the localized name and argument separator", () => {
    expect(out["help/fi/CASELOAD.html"]).toContain("=TYOALUE.ASIAKASMAARA(asiakkaat; htv)");
    expect(out["help/en/CASELOAD.html"]).toContain("=TYOALUE.CASELOAD(clients, fte)");
  });
});
