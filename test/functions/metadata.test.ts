const { generate } = require("../../scripts/functions-metadata.js");
const { buildOutputs, tables } = require("../../scripts/functions-build.js");
const { readsAsCellReference, localize } = require("../../scripts/functions-localize.js");

interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: {
    name: string;
    description: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
  }[];
  result: { type?: string; dimensionality?: string };
}
type Metadata = { functions: Fn[]; allowErrorForDataTypeAny?: boolean };

// The catalogue ids and English parameter ids exactly as in docs/functions.md.
const CATALOGUE: Record<string, string[]> = {
  LABOURFORCE: ["labourForce"],
  MEETSMINIMUM: ["labourForce", "minimum"],
  SHORTFALL: ["labourForce", "minimum"],
  YEARSABOVEMINIMUM: ["labourForce", "annualChange", "minimum", "horizon"],
  PROJECTLABOURFORCE: ["labourForce", "annualChange", "years"],
  CONTIGUOUS: ["municipalities", "neighbourPairs"],
  NEIGHBOURS: ["municipality"],
  MUNICIPALITY: ["municipality", "field"],
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

let generated: Metadata;
let out: Record<string, string>;
const json = (name: string): Metadata => JSON.parse(out[name]);

beforeAll(async () => {
  const { metadata, errors } = await generate();
  expect(errors).toEqual([]); // the generator reports no errors
  generated = metadata;
  out = buildOutputs(metadata, "https://tyoalue.example.fi/addin/");
}, 60000);

describe("generated metadata", () => {
  it("has exactly the catalogue's ids and parameters, in order", () => {
    const got = Object.fromEntries(
      generated.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    expect(got).toEqual(CATALOGUE);
  });
  it("declares every parameter `any` so blanks, text and booleans reach the adapters", () => {
    for (const f of generated.functions) for (const p of f.parameters) expect(p.type).toBe("any");
  });
  it("is unchanged unless on purpose (snapshot)", () => {
    expect(generated).toMatchSnapshot();
  });
});

describe("functions.json, functions-fi.json, functions-sv.json", () => {
  it.each(["functions.json", "functions-fi.json", "functions-sv.json"])(
    "%s has every id with the same parameters",
    (file) => {
      const m = json(file);
      expect(m.functions.map((f) => f.id)).toEqual(Object.keys(CATALOGUE));
      m.functions.forEach((f, i) => {
        const en = generated.functions[i];
        expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
          en.parameters.map((p) => [p.type, p.dimensionality, p.optional])
        );
        expect(f.result).toEqual(en.result);
        // IntelliSense text: present, and within the 255 characters Excel's dialogs show.
        expect(f.description.length).toBeGreaterThan(20);
        expect(f.description.length).toBeLessThanOrEqual(255);
        for (const p of f.parameters) {
          expect(p.description.length).toBeGreaterThan(5);
          expect(p.description.length).toBeLessThanOrEqual(255);
        }
      });
      expect(m.allowErrorForDataTypeAny).toBe(true);
    }
  );
  it("localizes names and help URLs and follows the base URL", () => {
    const fi = json("functions-fi.json").functions.find((f) => f.id === "LABOURFORCE")!;
    expect(fi.name).toBe("TYOVOIMA");
    expect(fi.parameters[0].name).toBe("työvoima");
    expect(fi.helpUrl).toBe("https://tyoalue.example.fi/addin/help/fi/LABOURFORCE.html");
    expect(json("functions.json").functions[0].helpUrl).toBe(
      "https://tyoalue.example.fi/addin/help/en/LABOURFORCE.html"
    );
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
  it("the build fails when a translation misses an id or a parameter, or has an extra one", () => {
    const { fi } = tables();
    const missing = { ...fi };
    delete missing.CASELOAD;
    expect(() => localize(generated, missing, "fi")).toThrow(/CASELOAD has no translation/);
    const extra = { ...fi, NOPE: fi.CASELOAD };
    expect(() => localize(generated, extra, "fi")).toThrow(/NOPE is not in the catalogue/);
    const noParam = {
      ...fi,
      CASELOAD: { ...fi.CASELOAD, parameters: { clients: fi.CASELOAD.parameters.clients } },
    };
    expect(() => localize(generated, noParam, "fi")).toThrow(/CASELOAD\(fte\)/);
    const short = { ...fi, CASELOAD: { ...fi.CASELOAD, name: "AS" } };
    expect(() => localize(generated, short, "fi")).toThrow(/invalid name "AS"/);
    const cellName = { ...fi, CASELOAD: { ...fi.CASELOAD, name: "VOS1" } };
    expect(() => buildOutputs(generated, undefined, { fi: cellName })).toThrow(
      /invalid name "VOS1"/
    );
  });
});

describe("help pages", () => {
  it.each(["en", "fi", "sv"])(
    "exist in %s for every function, plus an index, without script",
    (lang) => {
      for (const id of Object.keys(CATALOGUE)) {
        const html = out[`help/${lang}/${id}.html`];
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`TYOALUE.${id}`);
        expect(html).not.toMatch(/<script|\son\w+=/i);
      }
      expect(out[`help/${lang}/index.html`]).toContain("<h1>");
      expect(out["help/help.css"]).toBeTruthy();
    }
  );
  it("show the localized name and argument separator", () => {
    expect(out["help/fi/CASELOAD.html"]).toContain("=TYOALUE.ASIAKASMAARA(asiakkaat; htv)");
    expect(out["help/en/CASELOAD.html"]).toContain("=TYOALUE.CASELOAD(clients, fte)");
  });
});
