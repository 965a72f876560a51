import { ok } from "../../src/core";
import { CATALOGUE } from "../../src/functions/catalogue";
import { defineFunction } from "../../src/functions/catalogue/entry";

// Issue 12: a spilling function's size is part of its catalogue entry (`result.size`), the one
// place the engine reads it from.

const spills = CATALOGUE.filter((e) => e.result.shape === "spill");

describe("spill sizes come from the catalogue entries", () => {
  test.each(spills.map((e) => [e.id, e] as const))(
    "%s declares a size over one of its own parameters",
    (_, e) => {
      const size = e.result.shape === "spill" ? e.result.size : undefined;
      expect(size).toBeDefined();
      if (size === undefined || size === "computed") return;
      const of = "like" in size ? size.like : size.of;
      expect(e.parameters.map((p) => p.id)).toContain(of);
    }
  );

  test("a spilling entry without a size, or one over an unknown parameter, does not compile", () => {
    // Checked by `tsc --noEmit`: each @ts-expect-error fails the compile if its line compiles.
    const declare = () => [
      defineFunction({
        id: "X",
        parameters: [{ id: "n", kind: "whole", name: { fi: "n", sv: "n" } }],
        // @ts-expect-error a spill must say how many cells it takes
        result: { shape: "spill", unit: "people", rounding: "none" },
        compute: (n) => ok([[n]]),
      }),
      defineFunction({
        id: "Y",
        parameters: [{ id: "n", kind: "whole", name: { fi: "n", sv: "n" } }],
        // @ts-expect-error "m" is not a parameter of this entry
        result: { shape: "spill", size: { like: "m" }, unit: "people", rounding: "none" },
        compute: (n) => ok([[n]]),
      }),
    ];
    // At run time the declarations are plain data, as written.
    expect(declare().map((e) => e.result.shape)).toEqual(["spill", "spill"]);
  });
});
