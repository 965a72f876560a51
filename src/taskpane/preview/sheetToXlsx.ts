/**
 * The preview's created sheet as an .xlsx (exceljs, loaded in its own chunk only when the
 * planner asks for the file): texts, numbers and formulas with their formats and the values
 * the preview computed, so the file shows figures even where the add-in is not installed.
 * Add-in calls are spelled as Excel saves them (`_xldudf_TYOALUE_X`, as the templates do).
 */
import ExcelJS from "exceljs";
import type { MemorySheet } from "../../host/memoryHost";
import type { CellValue } from "../../host/WorkbookHost";

const asSaved = (formula: string): string =>
  formula.replace(/^=/, "").replace(/\bTYOALUE\.([A-Z0-9_]+)\(/g, "_xldudf_TYOALUE_$1(");

const cached = (v: CellValue | undefined): ExcelJS.CellValue =>
  v === null || v === undefined ? null : typeof v === "object" ? { error: "#N/A" } : v;

/** The sheet's cells and computed values as .xlsx bytes. */
export async function sheetToXlsx(
  sheet: MemorySheet,
  values: readonly (readonly CellValue[])[]
): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.cells.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (!spec) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (spec.kind === "text") cell.value = spec.text;
      else if (spec.kind === "number" || spec.kind === "boolean") cell.value = spec.value;
      else if (spec.kind === "formula")
        cell.value = {
          formula: asSaved(spec.formula),
          result: cached(values[r]?.[c]),
        } as ExcelJS.CellFormulaValue;
      if ("format" in spec && spec.format) cell.numFmt = spec.format;
      if (spec.style === "title" || spec.style === "header") cell.font = { bold: true };
    })
  );
  sheet.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
