import { HyperFormula } from "hyperformula";
import { createWorkbookEngine, type EngineValue } from "../engine";
import { cachedOf, type CachedValue } from "./cell-values";
import { CliError } from "./cli-error";
import type { FormulaCell, LoadedWorkbook } from "./read-workbook";

/** One formula's recalculated result: every cell it fills, top-left first. */
export interface Computed {
  readonly cell: FormulaCell;
  readonly rows: CachedValue[][];
  /** True when the result is an array (spilled), even a 1×1 one. */
  readonly spills: boolean;
}

/**
 * Recalculates every formula of the workbook in the headless engine. A sheet taller than the
 * engine's row limit is refused naming the sheet and the limit (the engine is HyperFormula with
 * its default configuration: 40 000 rows, where Excel has 1 048 576).
 */
export function recalculate(book: LoadedWorkbook): Computed[] {
  const maxRows = HyperFormula.defaultConfig.maxRows;
  for (const [name, rows] of Object.entries(book.sheets))
    if (rows.length > maxRows)
      throw new CliError(
        `${name}: ${rows.length} rows; the calculator's engine handles at most ${maxRows} rows a sheet`
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
