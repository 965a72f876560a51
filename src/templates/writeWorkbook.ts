import ExcelJS from "exceljs";
import { parseCell } from "../core";
import type { EvaluatedSheet } from "./evaluated";
import { formulaText } from "./formulaText";
import { addInstructionsSheet } from "./instructionsSheet";
import { headerFooter, pageSetup, printArea } from "./pageLayout";
import { rowHeight, wrappedLines } from "./rowHeights";
import { localize, type Lang, type TemplateSheet, type TemplateSpec } from "./spec";
import { CELL_STYLES, NUMBER_FORMATS } from "./styles";
import { addInputValidations } from "./validation";

/** Fixed document dates so that rebuilding gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/** Excel's width of a column the spec leaves at the default. */
const DEFAULT_WIDTH = 8.43;
const WRAPPED = new Set(["header", "label", "note"]);

/** Gives each row with wrapped text the height of its tallest cell. */
function sizeRows(ws: ExcelJS.Worksheet, sheet: TemplateSheet, lang: Lang): void {
  const lines = new Map<number, number>();
  for (const spec of sheet.cells) {
    if (spec.value === undefined || typeof spec.value === "number") continue;
    if (typeof spec.value === "boolean" || !WRAPPED.has(spec.style ?? "label")) continue;
    const at = parseCell(spec.ref);
    const width = sheet.columns[at.col] ?? DEFAULT_WIDTH;
    const n = wrappedLines(localize(spec.value, lang), width, spec.style === "header");
    const row = at.row + 1; // exceljs counts rows from 1
    lines.set(row, Math.max(lines.get(row) ?? 1, n));
  }
  for (const [row, n] of lines) {
    const height = rowHeight(n);
    if (height) ws.getRow(row).height = height;
  }
}

function writeSheet(
  ws: ExcelJS.Worksheet,
  sheet: TemplateSheet,
  lang: Lang,
  ev: EvaluatedSheet
): void {
  ws.columns = sheet.columns.map((width) => ({ width }));
  const refs = [...ev.values.keys(), ...sheet.cells.map((c) => c.ref)];
  ws.pageSetup = pageSetup("landscape", printArea(sheet, refs), 1);
  for (const [ref, value] of ev.values) ws.getCell(ref).value = value;
  for (const spec of sheet.cells) {
    const cell = ws.getCell(spec.ref);
    if (spec.formula) {
      const result = ev.values.get(spec.ref);
      const spill = ev.spills.get(spec.ref);
      cell.value = spill
        ? ({
            formula: formulaText(spec.formula),
            result,
            shareType: "array",
            ref: spill,
          } as ExcelJS.CellValue)
        : ({ formula: formulaText(spec.formula), result } as ExcelJS.CellValue);
    }
    const style = { ...CELL_STYLES[spec.style ?? (spec.formula ? "result" : "label")] };
    if (spec.format) style.numFmt = NUMBER_FORMATS[spec.format];
    const spill = ev.spills.get(spec.ref);
    if (spill) {
      const [, end] = spill.split(":");
      const a = parseCell(spec.ref);
      const b = parseCell(end);
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) ws.getCell(r + 1, c + 1).style = style; // exceljs counts from 1
    } else cell.style = style;
    if (spec.source) cell.note = localize(spec.source, lang);
  }
  sizeRows(ws, sheet, lang);
  addInputValidations(ws, sheet.cells, lang);
}

/**
 * Builds the workbook of one template in one language with exceljs: the instructions sheet
 * first, then the spec's sheets with cached values from `evaluated` (one per sheet).
 */
export function writeWorkbook(
  spec: TemplateSpec,
  lang: Lang,
  evaluated: readonly EvaluatedSheet[]
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Työllisyysalue";
  wb.lastModifiedBy = "Työllisyysalue";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = spec.title[lang];
  wb.calcProperties.fullCalcOnLoad = false;
  addInstructionsSheet(wb, spec, lang);
  spec.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(localize(sheet.name, lang), {
      headerFooter: headerFooter(spec, lang),
    });
    writeSheet(ws, sheet, lang, evaluated[i]);
  });
  return wb;
}
