/** The comparison sheet as data: its references, functions, highlights and ≠ markers. */
import { parseCell } from "../../../src/core";
import type { CellSpec, SheetSpec } from "../../../src/host/SheetSpec";
import { COMPARE_LABELS } from "../../../src/taskpane/i18n/compareLabels";
import { compareSheet, TABLE_HEAD } from "../../../src/taskpane/sheet/compareSheet";
import { COMPARED } from "../../../src/taskpane/sheet/compareTable";
import { CATALOGUE } from "../../../src/functions/catalogue";
import { fiveScenarios, twoScenarios } from "./support";

const formulaAt = (s: SheetSpec, ref: string): string => {
  const { row, col } = parseCell(ref);
  const cell = s.cells[row]?.[col];
  return cell?.kind === "formula" ? cell.formula : "";
};
const formulas = (s: SheetSpec) =>
  s.cells.flat().flatMap((c: CellSpec) => (c?.kind === "formula" ? [c.formula] : []));

describe("compareSheet (builder)", () => {
  const spec = compareSheet(twoScenarios(), COMPARE_LABELS.fi);

  it("each comparison cell is a reference into its scenario's block", () => {
    const row = TABLE_HEAD + 1 + COMPARED.findIndex(([f]) => f === "labourForce");
    const [a, b] = [formulaAt(spec, `B${row}`), formulaAt(spec, `C${row}`)];
    expect(a).toMatch(/^=\$[A-Z]+\$\d+$/);
    expect(formulaAt(spec, a.slice(1).replace(/\$/g, ""))).toMatch(/^=TYOALUE\.LABOURFORCE\(/);
    expect(formulaAt(spec, b.slice(1).replace(/\$/g, ""))).toMatch(/^=TYOALUE\.LABOURFORCE\(/);
    expect(a).not.toBe(b);
  });

  it("uses the plan sheet's functions, each with the catalogue's name", () => {
    const used = new Set(formulas(spec).flatMap((f) => f.match(/TYOALUE\.[A-Z]+/g) ?? []));
    expect([...used].sort()).toEqual(
      [
        "CAPHEADROOM",
        "CONTIGUOUS",
        "LABOURFORCE",
        "MEETSMINIMUM",
        "MEMBERPAYMENTS",
        "PAYMENTCAP",
        "SHORTFALL",
        "STAFFALLOCATION",
        "STAFFNEEDED",
        "SUBSIDYALLOCATION",
      ].map((f) => `TYOALUE.${f}`)
    );
    const ids = CATALOGUE.map((e) => `TYOALUE.${e.id}`);
    expect([...used].filter((f) => !ids.includes(f))).toEqual([]);
  });

  it("highlights B's comparison column and B's three per-member columns against A's", () => {
    const last = TABLE_HEAD + COMPARED.length;
    // Layout: the table's 18 figures on rows 5–22, then a blank row, the per-member title,
    // scenario names and headers on rows 24–26, the ten Kymppi municipalities on rows 27–36;
    // A's subsidy, payment and FTE in C–E, B's in F–H.
    expect(spec.conditionalFormats).toEqual([
      { range: `C${TABLE_HEAD + 1}:C${last}`, differsFrom: "B" },
      { range: "F27:F36", differsFrom: "C" },
      { range: "G27:G36", differsFrom: "D" },
      { range: "H27:H36", differsFrom: "E" },
    ]);
  });

  it("five scenarios of 30: five name columns, 1 + 4 × 3 highlights, markers naming four", () => {
    const five = compareSheet(fiveScenarios(), COMPARE_LABELS.en);
    const head = five.cells[TABLE_HEAD - 1].map((c) => (c?.kind === "text" ? c.text : ""));
    expect(head.slice(1, 7)).toEqual([
      "Vaihtoehto 1",
      "Vaihtoehto 2",
      "Vaihtoehto 3",
      "Vaihtoehto 4",
      "Vaihtoehto 5",
      "≠ Differs from Vaihtoehto 1",
    ]);
    expect(five.conditionalFormats).toHaveLength(13);
    expect(formulaAt(five, `G${TABLE_HEAD + 1}`).match(/IF\(IFERROR/g)).toHaveLength(4);
  });

  it("one scenario alone: no highlight, no marker", () => {
    const one = compareSheet(twoScenarios().slice(0, 1), COMPARE_LABELS.sv);
    expect(one.conditionalFormats).toEqual([]);
    expect(formulaAt(one, `C${TABLE_HEAD + 1}`)).toBe("");
  });
});
