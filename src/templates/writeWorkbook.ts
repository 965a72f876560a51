import ExcelJS from "exceljs";
import { parseCell } from "../core";
import type { EvaluatedSheet } from "./evaluate";
import { formulaText } from "./formulaText";
import { addInstructionsSheet } from "./instructionsSheet";
import { localize, type Lang, type SheetSpec, type TemplateSpec } from "./spec";
import { CELL_STYLES, NUMBER_FORMATS } from "./styles";
import { addInputValidations } from "./validation";

/** Fixed document dates so that rebuilding gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec, lang: Lang, ev: EvaluatedSheet): void {
  ws.columns = sheet.columns.map((width) => ({ width }));
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
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
    const ws = wb.addWorksheet(localize(sheet.name, lang));
    writeSheet(ws, sheet, lang, evaluated[i]);
  });
  return wb;
}
