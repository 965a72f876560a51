import { readFileSync } from "fs";
import { paramLabel } from "../../src/functions/locale";
const { derive, paramLabels, OUT } = require("../../scripts/functions-param-labels.js");

describe("parameter labels of the error messages", () => {
  it("equal what the fi/sv tables say (regenerate with node scripts/functions-param-labels.js)", () => {
    expect(JSON.parse(readFileSync(OUT, "utf8"))).toEqual(derive());
  });

  it("are the IntelliSense names: labourForce is työvoima in Finnish, arbetskraft in Swedish", () => {
    // src/functions/l10n/fi.json and sv.json, LABOURFORCE's parameter.
    expect(paramLabel("fi")("labourForce")).toBe("työvoima");
    expect(paramLabel("sv")("labourForce")).toBe("arbetskraft");
    expect(paramLabel("en")("labourForce")).toBe("labourForce");
  });

  it("fall back to the id for an unknown parameter, inherited object keys included", () => {
    expect(paramLabel("fi")("noSuchParameter")).toBe("noSuchParameter");
    expect(paramLabel("fi")("constructor")).toBe("constructor");
  });

  it("refuse tables that give one parameter two names", () => {
    const table = {
      A: { parameters: { step: { name: "askel" } } },
      B: { parameters: { step: { name: "porras" } } },
    };
    expect(() => paramLabels(table)).toThrow('parameter step is "porras" here but "askel"');
  });
});
