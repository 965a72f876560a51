import { ok, type Result } from "../core";
import { nameCell, numberCell, textCell } from "./cells";
import { isBlank, type ExcelArg, type ExcelMatrix, type ExcelScalar } from "./excelValue";
import { asMatrix, line, single, type Line } from "./shape";

// Excel argument shapes -> parsed values, in one place. An omitted optional argument
// (null) becomes `undefined`, so that the core applies the catalogue's default.

function eachCell<T>(
  cells: readonly ExcelScalar[],
  argId: string,
  read: typeof numberCell | typeof nameCell
): Result<T[]> {
  const out: T[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    // Fast path for the common case; the reader builds the error only for a failing cell.
    if (typeof cell === "number" && Number.isFinite(cell)) {
      out.push(cell as T);
      continue;
    }
    const r = read(cell, argId, cells.length > 1 ? { row: i + 1 } : undefined);
    if (!r.ok) return r;
    out.push(r.value as T);
  }
  return ok(out);
}

/** The common case in one pass: a column (two or more rows) of finite numbers; otherwise undefined. */
function numberColumn(arg: ExcelArg): number[] | undefined {
  if (!Array.isArray(arg) || arg.length < 2) return undefined;
  // Sized once: growing by push would copy a long column several times, and each copy over
  // 128 KB (16 384 rows) lands in V8's large-object space, which only a full GC reclaims.
  const rows = arg as ExcelMatrix;
  const out = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const x = row[0];
    if (row.length !== 1 || typeof x !== "number" || !Number.isFinite(x)) return undefined;
    out[i] = x;
  }
  return out;
}

/** A single row or column of numbers, remembering its orientation. */
export function numbers(arg: ExcelArg, argId: string): Result<Line<number>> {
  const fast = numberColumn(arg);
  if (fast) return ok({ values: fast, orientation: "column" });
  const l = line(arg, argId);
  if (!l.ok) return l;
  const values = eachCell<number>(l.value.values, argId, numberCell);
  return values.ok ? ok({ values: values.value, orientation: l.value.orientation }) : values;
}

/** A single row or column of municipality codes or names. */
export function names(arg: ExcelArg, argId: string): Result<Line<string | number>> {
  const l = line(arg, argId);
  if (!l.ok) return l;
  const values = eachCell<string | number>(l.value.values, argId, nameCell);
  return values.ok ? ok({ values: values.value, orientation: l.value.orientation }) : values;
}

/** An n×k block of numbers; each fault names its row and column. */
export function numberMatrix(arg: ExcelArg, argId: string): Result<number[][]> {
  const rows = asMatrix(arg);
  const out: number[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: number[] = [];
    for (let c = 0; c < rows[r].length; c++) {
      const v = numberCell(rows[r][c], argId, { row: r + 1, col: c + 1 });
      if (!v.ok) return v;
      row.push(v.value);
    }
    out.push(row);
  }
  return ok(out);
}

/** An n×k block of names or codes (neighbour pairs). */
export function nameMatrix(arg: ExcelArg, argId: string): Result<(string | number)[][]> {
  const rows = asMatrix(arg);
  const out: (string | number)[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: (string | number)[] = [];
    for (let c = 0; c < rows[r].length; c++) {
      const v = nameCell(rows[r][c], argId, { row: r + 1, col: c + 1 });
      if (!v.ok) return v;
      row.push(v.value);
    }
    out.push(row);
  }
  return ok(out);
}

/** A required single number. */
export function number(arg: ExcelArg, argId: string): Result<number> {
  const cell = single(arg, argId);
  return cell.ok ? numberCell(cell.value, argId) : cell;
}

/** An optional single number: omitted (null) gives `undefined` (the core's default). */
export function optionalNumber(arg: ExcelArg, argId: string): Result<number | undefined> {
  return isBlank(arg) ? ok(undefined) : number(arg, argId);
}

/** A required single name or code. */
export function name(arg: ExcelArg, argId: string): Result<string | number> {
  const cell = single(arg, argId);
  return cell.ok ? nameCell(cell.value, argId) : cell;
}

/** An optional text option such as a field name. */
export function optionalText(arg: ExcelArg, argId: string): Result<string | undefined> {
  if (isBlank(arg)) return ok(undefined);
  const cell = single(arg, argId);
  return cell.ok ? textCell(cell.value, argId) : cell;
}

/** An optional range (omitted gives `undefined`). */
export function optionalRange<T>(
  arg: ExcelArg,
  parse: (a: ExcelArg, id: string) => Result<T>,
  argId: string
): Result<T | undefined> {
  if (arg === null || arg === undefined) return ok(undefined);
  return parse(arg, argId);
}
