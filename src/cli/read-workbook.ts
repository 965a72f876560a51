import { existsSync, openSync, readSync, closeSync, statSync } from "fs";
import ExcelJS from "exceljs";
import type { CellInput } from "../engine";
import { plainValue, engineInput, type CachedValue } from "./cell-values";
import { CliError } from "./cli-error";

/** A formula cell as found in the file. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly cached: CachedValue;
  /** The range of a (legacy) array formula, e.g. "C1:C5". */
  readonly arrayRef?: string;
}

/** A workbook read for recalculation. */
export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: Record<string, CellInput[][]>;
  readonly formulas: FormulaCell[];
  /** The value the file caches at a cell (1-based row/col). */
  cachedAt(sheet: string, row: number, col: number): CachedValue;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function checkIsZip(path: string): void {
  if (!existsSync(path)) throw new CliError(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new CliError(`${path}: not a file`);
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  const n = readSync(fd, head, 0, 4, 0);
  closeSync(fd);
  if (n < 4 || head.readUInt32LE(0) !== 0x04034b50)
    throw new CliError(`${path}: not an .xlsx workbook (not a zip file)`);
}

function rangeCells(ref: string, ws: ExcelJS.Worksheet): [number, number][] {
  const [a, b = a] = ref.split(":");
  const s = ws.getCell(a);
  const e = ws.getCell(b);
  const out: [number, number][] = [];
  for (let r = Number(s.row); r <= Number(e.row); r++)
    for (let c = Number(s.col); c <= Number(e.col); c++) out.push([r, c]);
  return out;
}

/**
 * Reads an .xlsx with exceljs: every sheet's constants and formulas (Excel's
 * `_xldudf_TYOALUE_X(` form is understood by the engine) and the cached results.
 * A missing, non-zip or corrupt file is a `CliError` (exit status 2).
 */
export async function readWorkbook(path: string): Promise<LoadedWorkbook> {
  checkIsZip(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read the workbook (${oneLine((e as Error).message)})`);
  }
  if (workbook.worksheets.length === 0)
    throw new CliError(`${path}: the workbook has no worksheets`);
  const sheets: Record<string, CellInput[][]> = {};
  const formulas: FormulaCell[] = [];
  const cached = new Map<string, CachedValue>();
  for (const ws of workbook.worksheets) {
    const grid: CellInput[][] = [];
    const spilled = new Set<string>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const r = Number(cell.row);
        const c = Number(cell.col);
        const key = `${ws.name}!${r}:${c}`;
        // exceljs drops a falsy cached result (0, FALSE, "") from cell.value; cell.result keeps it.
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        const cachedValue = isFormula
          ? plainValue((cell.result ?? null) as ExcelJS.CellValue)
          : plainValue(cell.value);
        cached.set(key, cachedValue);
        if (cell.type === ExcelJS.ValueType.Merge) return;
        (grid[r - 1] ??= [])[c - 1] = engineInput(plainValue(cell.value));
        if (!isFormula) return;
        const v = cell.value as { shareType?: string; ref?: string };
        const arrayRef = v.shareType === "array" && v.ref ? v.ref : undefined;
        if (arrayRef)
          rangeCells(arrayRef, ws).forEach(
            ([rr, cc]) => (rr !== r || cc !== c) && spilled.add(`${rr}:${cc}`)
          );
        grid[r - 1][c - 1] = `=${cell.formula}`;
        formulas.push({
          sheet: ws.name,
          address: cell.address,
          row: r,
          col: c,
          formula: cell.formula,
          cached: cachedValue,
          ...(arrayRef ? { arrayRef } : {}),
        });
      })
    );
    for (const rc of spilled) {
      const [r, c] = rc.split(":").map(Number);
      if (grid[r - 1]) grid[r - 1][c - 1] = null; // the array formula fills these cells itself
    }
    sheets[ws.name] = Array.from({ length: grid.length }, (_, i) =>
      Array.from(grid[i] ?? [], (x) => x ?? null)
    );
  }
  return {
    workbook,
    sheets,
    formulas,
    cachedAt: (s, r, c) => cached.get(`${s}!${r}:${c}`) ?? null,
  };
}
