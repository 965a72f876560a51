import type { Command } from "commander";
import { inRange, isReference, parseRange } from "../core";
import { createWorkbookEngine, type EngineValue } from "../engine";
import { cachedOf, jsonOf, type CachedValue } from "./cell-values";
import { readWorkbook, type FormulaCell, type LoadedWorkbook } from "./read-workbook";
import { command, outcome } from "./registry";
import { sameValue } from "./same-value";
import { writeWorkbook, type Refresh } from "./write-workbook";

interface CalcOptions {
  readonly json?: boolean;
  readonly check?: boolean;
  readonly out?: string;
}

/** One formula's recalculated result: every cell it fills, top-left first. */
interface Computed {
  readonly cell: FormulaCell;
  readonly rows: CachedValue[][];
  /** True when the result is an array (spilled), even a 1×1 one. */
  readonly spills: boolean;
}

function recalculate(book: LoadedWorkbook): Computed[] {
  const engine = createWorkbookEngine(book.sheets);
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

const key = (c: FormulaCell) => `${c.sheet}!${c.address}`;
const show = (v: CachedValue) => JSON.stringify(jsonOf(v));

/** The cells whose cached value differs from the recalculated one, as report lines. */
export function differences(book: LoadedWorkbook, computed: readonly Computed[]): string[] {
  const lines: string[] = [];
  for (const { cell, rows } of computed) {
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const cached =
          i === 0 && j === 0 ? cell.cached : book.cachedAt(cell.sheet, cell.row + i, cell.col + j);
        if (!sameValue(cached, value)) {
          const where = i === 0 && j === 0 ? key(cell) : `${key(cell)}[${i + 1},${j + 1}]`;
          lines.push(`${where}: cached ${show(cached)}, recalculated ${show(value)}`);
        }
      })
    );
  }
  return lines;
}

function refreshes(computed: readonly Computed[]): Refresh[] {
  const out: Refresh[] = [];
  for (const { cell, rows } of computed) {
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const anchor = i === 0 && j === 0;
        // Outside the anchor, write only inside the file's own array range: never over a user's cell.
        if (anchor || (cell.arrayRef && inArrayRef(cell.arrayRef, cell.row + i, cell.col + j))) {
          out.push({ sheet: cell.sheet, row: cell.row + i, col: cell.col + j, value, anchor });
        }
      })
    );
  }
  return out;
}

/** True when the 1-based (row, col) lies in the file's array range; false for a malformed one. */
function inArrayRef(ref: string, row: number, col: number): boolean {
  return isReference(ref) && inRange(parseRange(ref), row - 1, col - 1);
}

async function calc(file: string, options: CalcOptions): Promise<void> {
  const book = await readWorkbook(file);
  const computed = recalculate(book);
  if (options.json) {
    const out: Record<string, unknown> = {};
    for (const { cell, rows, spills } of computed)
      out[key(cell)] = spills ? rows.map((r) => r.map(jsonOf)) : jsonOf(rows[0][0]);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (!options.check) {
    for (const { cell, rows, spills } of computed) {
      process.stdout.write(
        `${key(cell)}\t${spills ? JSON.stringify(rows.map((r) => r.map(jsonOf))) : show(rows[0][0])}\n`
      );
    }
  }
  if (options.out) await writeWorkbook(book.workbook, refreshes(computed), options.out);
  if (options.check) {
    const lines = differences(book, computed);
    for (const line of lines) process.stdout.write(`${line}\n`);
    process.stderr.write(
      `${lines.length} of ${computed.length} formula cells differ from recalculation\n`
    );
    if (lines.length > 0) outcome.exitCode = 1;
  }
}

command((program: Command) =>
  program
    .command("calc")
    .description(
      "recalculate a workbook (TYOALUE functions in either form, plus Excel's built-ins)"
    )
    .argument("<workbook.xlsx>", "the workbook to compute")
    .option(
      "--json",
      'print {"Sheet!A1": value} for every formula cell (errors as "#VALUE!", spills as rows)'
    )
    .option(
      "--check",
      "list the cells whose cached value differs from recalculation; exit status 1 if any"
    )
    .option("--out <file.xlsx>", "write the workbook with refreshed cached values")
    .action((file: string, options: CalcOptions) => calc(file, options))
);
