import { fail, ok, type Result } from "../core";
import { isMatrix, type ExcelArg, type ExcelMatrix, type ExcelScalar } from "./excelValue";

/** How a list came in, so that the list going out spills the same way. */
export type Orientation = "column" | "row";

/** A single row or column of cells, read top-to-bottom or left-to-right. */
export interface Line<T> {
  readonly values: T[];
  readonly orientation: Orientation;
}

/** A single value as a 1×1 range; a range as it is. */
export function asMatrix(arg: ExcelArg): ExcelMatrix {
  return isMatrix(arg) ? arg : [[arg as ExcelScalar]];
}

/**
 * The cells of a single row or column (a single value is a one-cell column). A block of
 * several rows and columns is refused (`shape.notLine`): a column in gives a column out.
 */
export function line(arg: ExcelArg, argId: string): Result<Line<ExcelScalar>> {
  const rows = asMatrix(arg);
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0)
    return fail({ code: "#VALUE!", message: "shape.empty", arg: argId });
  if (rows.length === 1 && width > 1) return ok({ values: [...rows[0]], orientation: "row" });
  const values: ExcelScalar[] = [];
  for (const r of rows) {
    if (r.length !== 1) {
      return fail({
        code: "#VALUE!",
        message: "shape.notLine",
        arg: argId,
        params: { rows: rows.length, cols: width },
      });
    }
    values.push(r[0]);
  }
  return ok({ values, orientation: "column" });
}

/** The single cell of an argument that must be one value (a 1×1 range is accepted). */
export function single(arg: ExcelArg, argId: string): Result<ExcelScalar> {
  if (!isMatrix(arg)) return ok(arg);
  if (arg.length === 1 && arg[0].length === 1) return ok(arg[0][0]);
  return fail({ code: "#VALUE!", message: "shape.notScalar", arg: argId });
}

/** A list of results laid out like the input: a column of one-cell rows, or one row. */
export function spill<T>(values: readonly T[], orientation: Orientation): T[][] {
  if (orientation === "row") return [[...values]];
  // A plain loop into an array sized once: no callback per row on long columns.
  const out = new Array<T[]>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return out;
}
