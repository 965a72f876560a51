import { computeSheet } from "../../src/templates/computeSheet";
import type { TemplateSheet } from "../../src/templates/spec";

const sheet = (cells: TemplateSheet["cells"]): TemplateSheet => ({
  name: { fi: "Alue", sv: "Område" },
  columns: [],
  cells,
});

describe("computeSheet (the headless engine behind the templates' cached values)", () => {
  it("computes formulas whatever the spec order and records spills", () => {
    const ev = computeSheet(
      sheet([
        { ref: "C1", formula: { fn: "SUM", args: ["B1:B3"] } }, // reads a later formula's spill
        { ref: "B1", formula: { fn: "PROJECTLABOURFORCE", args: ["A1", 0.1, 2] } },
        { ref: "D1", formula: { fn: "REF", args: ["$C$1"] } },
        { ref: "A1", value: 1000 },
      ]),
      "fi"
    );
    // 1000 · 1.1^n for n = 0, 1, 2 in floating point, as the core's own example says
    // (src/core/area/projectLabourForce.ts); the sum 3310.0000000000005 likewise.
    expect([ev.values.get("B1"), ev.values.get("B2"), ev.values.get("B3")]).toEqual([
      1000, 1100, 1210.0000000000002,
    ]);
    expect(ev.values.get("C1")).toBe(1000 + 1100 + 1210.0000000000002);
    expect(ev.values.get("D1")).toBe(ev.values.get("C1"));
    expect([...ev.spills]).toEqual([["B1", "B1:B3"]]);
  });

  it("records a one-cell result as a spill only when the cell says it may grow", () => {
    const ev = computeSheet(
      sheet([
        { ref: "A1", formula: { fn: "PROJECTLABOURFORCE", args: [1000, 0.1, 0] }, spill: true },
        { ref: "B1", formula: { fn: "PROJECTLABOURFORCE", args: [1000, 0.1, 0] } },
      ]),
      "fi"
    );
    // 0 years: year 0 alone, 1000 (one cell either way)
    expect([ev.values.get("A1"), ev.values.get("B1")]).toEqual([1000, 1000]);
    expect([...ev.spills]).toEqual([["A1", "A1:A1"]]);
  });

  it("localizes text constants and keeps a code such as 005 as text", () => {
    const ev = computeSheet(
      sheet([
        { ref: "A1", value: { fi: "Kunta", sv: "Kommun" } },
        { ref: "A2", value: "005" },
        { ref: "B2", formula: { fn: "MUNICIPALITY", args: ["A2", { text: "sv" }] } },
      ]),
      "sv"
    );
    expect(ev.values.get("A1")).toBe("Kommun");
    expect(ev.values.get("A2")).toBe("005");
    expect(ev.values.get("B2")).toBe("Alajärvi"); // 005 Alajärvi, Statistics Finland 2025
  });

  it("stops the build when a formula gives an error, naming the sheet, cell and function", () => {
    expect(() =>
      computeSheet(sheet([{ ref: "B1", formula: { fn: "LABOURFORCE", args: ["A1:A2"] } }]), "fi")
    ).toThrow(/^Alue!B1: LABOURFORCE failed: #VALUE!/);
  });
});
