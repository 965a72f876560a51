/**
 * Writes a SheetSpec with Office.js in exactly three `context.sync()` calls, whatever its
 * size: (1) read sheet and table names, and the target area when writing into an existing
 * sheet; (2) create the sheet and queue formats, text, numbers, formulas, tables, charts;
 * (3) read back which formula cells evaluated to an error.
 */
import { cellAddress, quoteSheet } from "../core";
import { errorCells, queueSpec } from "./excelQueueSpec";
import type { SheetSpec } from "./SheetSpec";
import { specMatrices } from "./specMatrices";
import { uniqueSheetName } from "./uniqueSheetName";
import { TargetNotEmptyError, type WriteTarget, type WrittenSheet } from "./WorkbookHost";

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
  queueSpec(
    sheet,
    spec,
    m,
    tables.items.map((t) => t.name)
  );
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

function refuseIfNotEmpty(sheet: string, formulas: unknown[][]): void {
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null) throw new TargetNotEmptyError(sheet, cellAddress(r, c));
    })
  );
}
