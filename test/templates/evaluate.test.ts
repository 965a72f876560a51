import { fail, ok } from "../../src/core/result";
import { evaluateSheet, type FormulaCall } from "../../src/templates/evaluate";
import type { SheetSpec } from "../../src/templates/spec";

const sheet = (cells: SheetSpec["cells"]): SheetSpec => ({
  name: { fi: "T", sv: "T" },
  columns: [],
  cells,
});
/** Test calls: TWICE doubles a column (and spills it), TOTAL adds it, BAD always fails. */
const calls: Record<string, FormulaCall> = {
  TWICE: ([m]) => ok(m.map((r) => [Number(r[0]) * 2])),
  TOTAL: ([m]) => ok([[m.flat().reduce((a: number, b) => a + Number(b), 0)]]),
  BAD: () => fail({ code: "#VALUE!", message: "x.bad", arg: "x" }),
};

describe("evaluateSheet", () => {
  it("computes formulas once their inputs are known, whatever the spec order, and records spills", () => {
    const ev = evaluateSheet(
      sheet([
        { ref: "C1", formula: { fn: "TOTAL", args: ["B1:B3"] } }, // reads B1:B3, which a later formula fills
        { ref: "B1", formula: { fn: "TWICE", args: ["A1:A3"] } },
        { ref: "A1", value: 1 },
        { ref: "A2", value: 2 },
        { ref: "A3", value: { fi: "3", sv: "3" } },
      ]),
      "fi",
      calls
    );
    expect([ev.values.get("B1"), ev.values.get("B2"), ev.values.get("B3")]).toEqual([2, 4, 6]);
    expect(ev.values.get("C1")).toBe(12); // 2 + 4 + 6
    expect([...ev.spills]).toEqual([["B1", "B1:B3"]]);
  });

  it("localizes text constants", () => {
    const ev = evaluateSheet(
      sheet([{ ref: "A1", value: { fi: "Kunta", sv: "Kommun" } }]),
      "sv",
      calls
    );
    expect(ev.values.get("A1")).toBe("Kommun");
  });

  it("stops the build when a formula reads a blank cell, a calculation fails, or a function is unknown", () => {
    expect(() =>
      evaluateSheet(
        sheet([
          { ref: "B1", formula: { fn: "TOTAL", args: ["A1:A2"] } },
          { ref: "A1", value: 1 },
        ]),
        "fi",
        calls
      )
    ).toThrow("T!B1: A2 is blank or not computed yet");
    expect(() =>
      evaluateSheet(sheet([{ ref: "B1", formula: { fn: "BAD", args: [] } }]), "fi", calls)
    ).toThrow("T!B1: BAD failed");
    expect(() =>
      evaluateSheet(sheet([{ ref: "B1", formula: { fn: "NOPE", args: [] } }]), "fi", calls)
    ).toThrow("no calculation for NOPE");
  });
});
