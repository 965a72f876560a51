import { associateAll } from "../../src/functions/associate";
import { CATALOGUE } from "../../src/functions/catalogue";

describe("associateAll (the body of the webpack entry functions.ts)", () => {
  const bound = new Map<string, (...args: never[]) => unknown>();
  associateAll((id, f) => bound.set(id, f));

  it("binds every catalogue id, once, in the catalogue's order", () => {
    expect([...bound.keys()]).toEqual(CATALOGUE.map((e) => e.id));
  });

  it("returns the value Excel shows: CASELOAD(3762, 30) = 125.4 (3 762 / 30 by hand, domain.md)", () => {
    expect(bound.get("CASELOAD")!(3762 as never, 30 as never)).toBe(125.4);
  });

  it("throws a CustomFunctions.Error for a refused argument (fte 0 is not > 0)", () => {
    expect(() => bound.get("CASELOAD")!(3762 as never, 0 as never)).toThrow(CustomFunctions.Error);
  });
});
