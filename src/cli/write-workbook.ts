import { renameSync, unlinkSync, existsSync } from "fs";
import { basename, dirname, join } from "path";
import type ExcelJS from "exceljs";
import type { CachedValue } from "./cell-values";
import { CliError } from "./cli-error";

/** The cached result of one cell to write back. */
export interface Refresh {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CachedValue;
  /** True for the formula cell itself; false for a cell its array result fills. */
  readonly anchor: boolean;
}

/**
 * Writes the workbook with refreshed cached values: formulas stay as they were (both
 * forms), only their results change. Written to a temporary file first and renamed, so a
 * failure never leaves a partial file at `out`.
 */
export async function writeWorkbook(
  workbook: ExcelJS.Workbook,
  refreshes: readonly Refresh[],
  out: string
): Promise<void> {
  for (const r of refreshes) {
    const cell = workbook.getWorksheet(r.sheet)!.getCell(r.row, r.col);
    if (r.anchor) cell.value = { ...(cell.value as object), result: r.value } as ExcelJS.CellValue;
    else cell.value = r.value as ExcelJS.CellValue;
  }
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(tmp);
    renameSync(tmp, out);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new CliError(
      `${out}: cannot write the workbook (${(e as Error).message.replace(/\s+/g, " ")})`
    );
  }
}
