/**
 * Writes a SheetSpec with Office.js in exactly three `context.sync()` calls, whatever its
 * size: (1) read sheet and table names, and the target area when writing into an existing
 * sheet; (2) create the sheet and queue formats, text, numbers, formulas, tables, charts;
 * (3) read back which formula cells evaluated to an error.
 */
import { cellAddress, quoteSheet } from "../core";
import { applyExcelStyles } from "./excelStyles";
import type { ChartSpec, SheetSpec } from "./SheetSpec";
import { specMatrices } from "./specMatrices";
import { uniqueSheetName, uniqueTableName } from "./uniqueSheetName";
import { TargetNotEmptyError, type WriteTarget, type WrittenSheet } from "./WorkbookHost";

const CHART_TYPES = { column: "ColumnClustered", line: "Line", pie: "Pie" } as const;

/** The batch body, for `Excel.run(ctx => excelWriteSheet(ctx, spec))`. */
export async function excelWriteSheet(
  ctx: Excel.RequestContext,
  spec: SheetSpec,
  target: WriteTarget = { kind: "new" }
): Promise<WrittenSheet> {
  const m = specMatrices(spec);
  const block = `A1:${cellAddress(m.rows - 1, m.cols - 1)}`;
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  const tables = ctx.workbook.tables;
  tables.load("items/name");
  const existing =
    target.kind === "existing" ? sheets.getItemOrNullObject(target.sheet) : undefined;
  const before = existing?.getRange(block);
  before?.load("formulas");
  await ctx.sync();

  if (target.kind === "existing") {
    if (existing!.isNullObject) throw new TargetNotEmptyError(target.sheet, "");
    refuseIfNotEmpty(target.sheet, before!.formulas);
  }
  const name =
    target.kind === "existing"
      ? target.sheet
      : uniqueSheetName(
          spec.name,
          sheets.items.map((s) => s.name)
        );
  const sheet = existing ?? sheets.add(name);
  const range = sheet.getRange(block);
  range.numberFormat = m.numberFormat;
  range.values = m.values as unknown as string[][];
  range.formulas = m.formulas as unknown as string[][];
  applyExcelStyles(sheet, m.styles);
  const tableNames = tables.items.map((t) => t.name);
  for (const t of spec.tables) {
    const table = sheet.tables.add(sheet.getRange(t.range), true);
    table.name = uniqueTableName(t.name, tableNames);
    tableNames.push(table.name);
  }
  for (const c of spec.charts) addChart(sheet, c);
  spec.columnWidths?.forEach((w, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7;
  });
  sheet.activate();
  await ctx.sync();

  const after = sheet.getRange(block);
  after.load("valueTypes");
  await ctx.sync();
  return {
    name,
    address: `${quoteSheet(name)}!${block}`,
    errorCells: errorCells(m.formulas, after.valueTypes),
  };
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

function refuseIfNotEmpty(sheet: string, formulas: unknown[][]): void {
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null) throw new TargetNotEmptyError(sheet, cellAddress(r, c));
    })
  );
}

function errorCells(
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
