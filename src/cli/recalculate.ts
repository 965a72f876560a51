import { createWorkbookEngine, SHEET_LIMITS, type EngineValue } from "../engine";
import { cachedOf, type CachedValue } from "./cellValues";
import { CliError } from "./cliError";
import type { FormulaCell, LoadedWorkbook } from "./readWorkbook";

/** One formula's recalculated result: every cell it fills, top-left first. */
export interface Computed {
  readonly cell: FormulaCell;
  readonly rows: CachedValue[][];
  /** True when the result is an array (spilled), even a 1×1 one. */
  readonly spills: boolean;
}

/**
 * Recalculates every formula of the workbook in the headless engine, whose sheets are as
 * large as Excel's; a sheet taller than that (no Excel file has one) is refused naming the
 * sheet and the limit.
 */
export function recalculate(book: LoadedWorkbook): Computed[] {
  const { maxRows } = SHEET_LIMITS;
  for (const [name, rows] of Object.entries(book.sheets))
    if (rows.length > maxRows)
      throw new CliError(
        `${name}: ${rows.length} rows; Excel and the calculator handle at most ${maxRows} rows a sheet`
      );
  let engine: ReturnType<typeof createWorkbookEngine>;
  try {
    engine = createWorkbookEngine(book.sheets);
  } catch (e) {
    throw new CliError(`${book.pkg.path}: cannot compute the workbook (${(e as Error).message})`);
  }
  try {
    return book.formulas.map((cell) => {
      const r = engine.getResult(cell.sheet, cell.address);
      const rows = Array.isArray(r)
        ? r.map((row) => row.map((v: EngineValue) => cachedOf(v)))
        : [[cachedOf(r)]];
      return { cell, rows, spills: Array.isArray(r) };
    });
  } finally {
    engine.destroy();
  }
}
