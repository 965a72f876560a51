import { CATALOGUE } from "../../src/functions/catalogue";
import { paramLabel } from "../../src/functions/locale";

describe("parameter labels of the error messages (from the catalogue entries)", () => {
  it("are the IntelliSense names: labourForce is työvoima in Finnish, arbetskraft in Swedish", () => {
    // LABOURFORCE's entry, src/functions/catalogue/labourForce.ts
    expect(paramLabel("fi")("labourForce")).toBe("työvoima");
    expect(paramLabel("sv")("labourForce")).toBe("arbetskraft");
    expect(paramLabel("en")("labourForce")).toBe("labourForce");
  });

  it("exist for every parameter of every entry", () => {
    for (const p of CATALOGUE.flatMap((e) => e.parameters)) {
      expect(paramLabel("fi")(p.id)).toBe(p.name.fi);
      expect(paramLabel("sv")(p.id)).toBe(p.name.sv);
    }
  });

  it("fall back to the id for an unknown parameter, inherited object keys included", () => {
    expect(paramLabel("fi")("noSuchParameter")).toBe("noSuchParameter");
    expect(paramLabel("fi")("constructor")).toBe("constructor");
  });
});
