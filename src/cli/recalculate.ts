import { createWorkbookEngine, SHEET_LIMITS, type EngineValue } from "../engine";
import { cachedOf, type CachedValue } from "./cellValues";
import { CliError } from "./cliError";
import type { CliLanguage } from "./cliLanguage";
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
 * sheet and the limit. The catalogue's error messages come in `lang` (the codes do not change).
 */
export function recalculate(book: LoadedWorkbook, lang: CliLanguage = "en"): Computed[] {
  const { maxRows } = SHEET_LIMITS;
  for (const [name, rows] of Object.entries(book.sheets))
    if (rows.length > maxRows)
      throw new CliError("sheet.tooManyRows", { sheet: name, rows: rows.length, max: maxRows });
  let engine: ReturnType<typeof createWorkbookEngine>;
  try {
    engine = createWorkbookEngine(book.sheets, { locale: lang });
  } catch (e) {
    throw new CliError("workbook.cannotCompute", {
      path: book.pkg.path,
      detail: (e as Error).message,
    });
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
