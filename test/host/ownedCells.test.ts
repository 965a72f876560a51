import { firstEditedCell, unchanged } from "../../src/host/ownedCells";
import type { SheetSpec } from "../../src/host/SheetSpec";

const spec = (cells: SheetSpec["cells"]): SheetSpec => ({
  name: "P",
  cells,
  tables: [],
  charts: [],
});

describe("unchanged: is a cell still as the wizard wrote it?", () => {
  it("reads a formula as Excel may report it (case, spaces) as unchanged, but not its strings", () => {
    const f = { kind: "formula", formula: '=TYOALUE.LABOURFORCE($C$5:$C$14)&"a b"' } as const;
    expect(unchanged(f, '=tyoalue.labourforce( $C$5:$C$14 )&"a b"')).toBe(true);
    expect(unchanged(f, '=TYOALUE.LABOURFORCE($C$5:$C$14)&"A B"')).toBe(false);
  });

  it("compares numbers by value, text exactly, booleans as Excel reports them", () => {
    expect(unchanged({ kind: "number", value: 28616 }, 28616)).toBe(true);
    expect(unchanged({ kind: "number", value: 0 }, "")).toBe(false); // cleared by the user
    expect(unchanged({ kind: "text", text: "005" }, "005")).toBe(true);
    expect(unchanged({ kind: "text", text: "005" }, 5)).toBe(false);
    expect(unchanged({ kind: "boolean", value: true }, true)).toBe(true);
    expect(unchanged({ kind: "boolean", value: true }, "TRUE")).toBe(true);
  });

  it("does not compare blank cells (formats, spill areas of the wizard's arrays)", () => {
    expect(unchanged({ kind: "blank" }, 1234)).toBe(true);
  });
});

describe("firstEditedCell", () => {
  const previous = spec([
    [
      { kind: "text", text: "Kunta" },
      { kind: "number", value: 1 },
    ],
  ]);
  const next = spec([[{ kind: "text", text: "Kunta" }], [{ kind: "number", value: 2 }]]);

  it("names the first changed cell row by row", () => {
    const sheet: Record<string, unknown> = { "0,0": "Kunta", "0,1": 7 };
    expect(firstEditedCell(previous, next, (r, c) => sheet[`${r},${c}`] as number)).toBe("B1");
  });

  it("names a non-empty cell that only the next spec writes", () => {
    const sheet: Record<string, unknown> = { "0,0": "Kunta", "0,1": 1, "1,0": "user" };
    expect(firstEditedCell(previous, next, (r, c) => sheet[`${r},${c}`] as string)).toBe("A2");
  });

  it("lets an untouched sheet be updated", () => {
    const sheet: Record<string, unknown> = { "0,0": "Kunta", "0,1": 1 };
    expect(firstEditedCell(previous, next, (r, c) => sheet[`${r},${c}`] as string)).toBeUndefined();
  });
});
