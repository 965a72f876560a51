/**
 * Queues everything a SheetSpec puts on a sheet, without syncing: number formats (one
 * command per rectangle of equal format, before the values so text lands as text), values,
 * formulas, styles, tables, charts, conditional formats and column widths. Shared by creating and updating.
 */
import { cellAddress } from "../core";
import { addConditionalFormats } from "./excelConditionalFormats";
import { applyExcelStyles } from "./excelStyles";
import { rectangles } from "./rectangles";
import type { ChartSpec, SheetSpec } from "./SheetSpec";
import type { SpecMatrices } from "./specMatrices";
import { uniqueTableName } from "./uniqueSheetName";

const CHART_TYPES = { column: "ColumnClustered", line: "Line", pie: "Pie" } as const;

/** Queues `spec` (its matrices `m`) on `sheet`; `tableNames` are the workbook's, added to. */
export function queueSpec(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  m: SpecMatrices,
  tableNames: string[]
): void {
  for (const [format, cells] of m.formats)
    for (const r of rectangles(cells))
      // A single value applies to every cell of the range (Office.js docs, "Fundamental
      // programming concepts": update all cells in a range; the typings only allow a matrix).
      sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols).numberFormat =
        format as unknown as string[][];
  const range = sheet.getRange(`A1:${cellAddress(m.rows - 1, m.cols - 1)}`);
  range.values = m.values as unknown as string[][];
  range.formulas = m.formulas as unknown as string[][];
  applyExcelStyles(sheet, m.styles);
  for (const t of spec.tables) {
    const table = sheet.tables.add(sheet.getRange(t.range), true);
    table.name = uniqueTableName(t.name, tableNames);
    tableNames.push(table.name);
  }
  for (const c of spec.charts) addChart(sheet, c);
  addConditionalFormats(sheet, spec.conditionalFormats);
  spec.columnWidths?.forEach((w, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7;
  });
}

/** Queues a chart: the first series creates it, the others are added; categories on the X axis. */
function addChart(sheet: Excel.Worksheet, c: ChartSpec): void {
  const [first, ...rest] = c.series;
  const chart = sheet.charts.add(
    CHART_TYPES[c.kind] as Excel.ChartType,
    sheet.getRange(first.values),
    "Columns"
  );
  chart.title.text = c.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(sheet.getRange(c.categories));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(sheet.getRange(c.categories));
  }
  chart.setPosition(c.from, c.to);
}

/** Addresses of formula cells whose value type came back as "Error". */
export function errorCells(
  formulas: (string | null)[][],
  types: Excel.RangeValueType[][] | string[][]
): string[] {
  const out: string[] = [];
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f !== null && types[r]?.[c] === "Error") out.push(cellAddress(r, c));
    })
  );
  return out;
}
