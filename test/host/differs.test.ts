/**
 * "Differs from the base" is written twice, as an Excel formula (Excel's conditional formats,
 * the .xlsx export, the sheet's ≠ markers) and over computed values (the preview): the
 * engine evaluating the formula agrees with `differs` on every pair of kinds of value.
 */
import { createWorkbookEngine, type CellInput } from "../../src/engine";
import {
  conditionalFormula,
  differingCells,
  differs,
  differsFormula,
} from "../../src/host/differs";
import type { CellValue } from "../../src/host/WorkbookHost";

// Blank, zero, a number, empty text, text in two cases, both booleans and two errors.
const KINDS: CellInput[] = [null, 0, 1.5, '=""', "'a", "'A", true, false, "=1/0", "=NA()"];

describe("differs", () => {
  const pairs = KINDS.flatMap((a) => KINDS.map((b) => [a, b] as const));
  const engine = createWorkbookEngine(
    {
      S: pairs.map(([a, b], i) => [a, b, `=${differsFormula(`A${i + 1}`, `B${i + 1}`)}`]),
    },
    { locale: "en" }
  );
  const values = engine.getSheetValues("S") as CellValue[][];
  afterAll(() => engine.destroy());

  it.each(pairs.map((p, i) => [String(p[0]), String(p[1]), i]))(
    "%s vs %s: the engine's formula and the preview's rule agree",
    (_a, _b, i) => {
      const [a, b, formula] = values[i as number];
      expect(differs(a ?? null, b ?? null)).toBe(formula);
    }
  );

  it("as Excel's <>: a blank equals 0, empty text and FALSE; text compares without case", () => {
    expect([differs(null, 0), differs(null, ""), differs(null, false), differs("a", "A")]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([
      differs(0, ""),
      differs(1, true),
      differs({ error: "#N/A" }, { error: "#N/A" }),
    ]).toEqual([true, true, true]);
  });

  it("a rule is relative to its range's top-left cell, the base column absolute", () => {
    expect(conditionalFormula({ range: "C5:F20", differsFrom: "B" })).toBe(
      "=IFERROR(C5<>$B5,TRUE)"
    );
  });

  it("the cells a rule highlights, from computed values", () => {
    const grid: CellValue[][] = [
      [1, 1, 2],
      [null, 0, 5],
    ];
    expect([...differingCells([{ range: "B1:C2", differsFrom: "A" }], grid)]).toEqual([
      "0,2",
      "1,2",
    ]);
  });
});
