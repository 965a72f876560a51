import type ExcelJS from "exceljs";
import { argbOf, CELL_COLOURS } from "../core";
import type { TemplateStyle, TemplateFormat } from "./spec";

/** Number formats as stored in the file; Excel shows them with the reader's separators. */
export const NUMBER_FORMATS: Readonly<Record<TemplateFormat, string>> = {
  eur: '#,##0.00 "€"',
  int: "#,##0",
  fte: "0.0",
  pct: "0.0 %",
  share: "0.0 %",
  dec: "0.0",
  year: "0",
};

/** Calibri 11, Excel's default, named so that other readers do not fall back to a serif. */
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: "Calibri",
  family: 2,
  size: 11,
  ...extra,
});
const fill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: argbOf(CELL_COLOURS.border) } },
  bottom: { style: "thin", color: { argb: argbOf(CELL_COLOURS.border) } },
  left: { style: "thin", color: { argb: argbOf(CELL_COLOURS.border) } },
  right: { style: "thin", color: { argb: argbOf(CELL_COLOURS.border) } },
};

/**
 * The look of each cell role. Inputs are yellow with a border, example figures orange
 * (and carry a note naming their source), results green and bold: the legend on the
 * instructions sheet explains the colours, and the roles never rely on colour alone
 * (labels say "syöttö"/"tulos" in the header rows).
 */
export const CELL_STYLES: Readonly<Record<TemplateStyle, Partial<ExcelJS.Style>>> = {
  title: { font: font({ bold: true, size: 14 }) },
  header: {
    font: font({ bold: true }),
    fill: fill(argbOf(CELL_COLOURS.header)),
    border: thin,
    alignment: { wrapText: true, vertical: "top" },
  },
  label: { font: font(), alignment: { wrapText: true, vertical: "top" } },
  input: { font: font(), fill: fill(argbOf(CELL_COLOURS.input)), border: thin },
  example: { font: font({ italic: true }), fill: fill(argbOf(CELL_COLOURS.example)), border: thin },
  result: { font: font({ bold: true }), fill: fill(argbOf(CELL_COLOURS.result)), border: thin },
  note: {
    font: font({ italic: true, color: { argb: argbOf(CELL_COLOURS.noteText) } }),
    alignment: { wrapText: true, vertical: "top" },
  },
};
