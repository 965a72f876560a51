/**
 * Rewrites, with Office.js, a sheet the wizard wrote earlier from `previous` so that it
 * shows `next`, in at most three `context.sync()` calls: (1) read the sheet's current
 * contents over both specs' area, its tables and chart titles; refuse, writing nothing, if
 * the user changed a cell the wizard owns or filled one it is about to write; (2) turn the
 * earlier tables back into ranges, delete the earlier charts and conditional formats, clear
 * the owned cells and queue `next` like a new sheet; (3) read back which formulas evaluated
 * to an error.
 */
import { cellAddress, quoteSheet } from "../core";
import { clearConditionalFormats } from "./excelConditionalFormats";
import { errorCells, queueSpec } from "./excelQueueSpec";
import { firstEditedCell, ownedCells } from "./ownedCells";
import { rectangles } from "./rectangles";
import type { SheetSpec } from "./SheetSpec";
import { specMatrices } from "./specMatrices";
import { uniqueTableName } from "./uniqueSheetName";
import type { UpdateResult } from "./WorkbookHost";

/** The batch body, for `Excel.run(ctx => excelUpdateSheet(ctx, name, previous, next))`. */
export async function excelUpdateSheet(
  ctx: Excel.RequestContext,
  name: string,
  previous: SheetSpec,
  next: SheetSpec
): Promise<UpdateResult> {
  const m = specMatrices(next);
  const rows = Math.max(m.rows, previous.cells.length);
  const cols = Math.max(m.cols, ...previous.cells.map((r) => r.length));
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(name);
  const current = sheet.getRange(`A1:${cellAddress(rows - 1, cols - 1)}`);
  current.load("formulas");
  const sheetTables = sheet.tables;
  sheetTables.load("items/name");
  const charts = sheet.charts;
  charts.load("items/title/text");
  const workbookTables = ctx.workbook.tables;
  workbookTables.load("items/name");
  await ctx.sync();

  if (sheet.isNullObject) return { ok: false, cell: "", reason: "missing" };
  const edited = firstEditedCell(previous, next, (r, c) => current.formulas[r]?.[c]);
  if (edited) return { ok: false, cell: edited, reason: "edited" };

  const bases = previous.tables.map((t) => uniqueTableName(t.name, []));
  const mine = (n: string) => bases.some((b) => n === b || new RegExp(`^${b}_\\d+$`).test(n));
  const converted = sheetTables.items.filter((t) => mine(t.name));
  converted.forEach((t) => t.convertToRange());
  const titles = previous.charts.map((c) => c.title);
  for (const chart of charts.items) {
    const i = titles.indexOf(chart.title.text);
    if (i < 0) continue;
    titles.splice(i, 1);
    chart.delete();
  }
  clearConditionalFormats(sheet, previous.conditionalFormats);
  for (const r of rectangles(ownedCells(previous)))
    sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols).clear("All");
  const taken = workbookTables.items
    .map((t) => t.name)
    .filter((n) => !converted.some((t) => t.name === n));
  queueSpec(sheet, next, m, taken);
  await ctx.sync();

  const block = `A1:${cellAddress(m.rows - 1, m.cols - 1)}`;
  const after = sheet.getRange(block);
  after.load("valueTypes");
  await ctx.sync();
  return {
    ok: true,
    sheet: {
      name,
      address: `${quoteSheet(name)}!${block}`,
      errorCells: errorCells(m.formulas, after.valueTypes),
    },
  };
}
