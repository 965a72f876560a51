import { fail, ok, type Result } from "../core";
import { isMatrix, type ExcelArg } from "./excelValue";
import { number, numberMatrix, numbers } from "./parse";
import type { Line } from "./shape";
import { mapOk } from "./withArgs";

// Planning years (joint authority): a budget is one value or a row of k years, and the
// members' subsidies are one line or an n rows × k year columns block.

/** One budget, or a row of two or more yearly budgets (a column of budgets is refused). */
export function budgets(arg: ExcelArg, argId: string): Result<number | number[]> {
  if (!isMatrix(arg) || (arg.length === 1 && arg[0].length === 1)) return number(arg, argId);
  if (arg.length > 1) {
    const cols = arg[0]?.length ?? 0;
    return fail({
      code: "#VALUE!",
      message: "shape.yearRow",
      arg: argId,
      params: { rows: arg.length, cols },
    });
  }
  return mapOk(numbers(arg, argId), (l) => l.values);
}

/**
 * Members' figures for one year (a line) or for several (a block of two or more rows and
 * columns). A block keeps its line reading too, so that a single budget with a block gets
 * the same refusal as before.
 */
export type YearTable =
  | { readonly line: Line<number> }
  | { readonly block: Result<number[][]>; readonly asLine: Result<Line<number>> };

/** True for a block of two or more rows and two or more columns (members × years). */
const isBlock = (arg: ExcelArg) => isMatrix(arg) && arg.length > 1 && (arg[0]?.length ?? 0) > 1;

export function yearTable(arg: ExcelArg, argId: string): Result<YearTable> {
  if (isBlock(arg)) return ok({ block: numberMatrix(arg, argId), asLine: numbers(arg, argId) });
  return mapOk(numbers(arg, argId), (line) => ({ line }));
}

/** The table as n rows × k columns, for the planning-year kernels. */
export function yearRows(t: YearTable): Result<number[][]> {
  if ("block" in t) return t.block;
  const { values, orientation } = t.line;
  return ok(orientation === "row" ? [values] : values.map((v) => [v]));
}

/** The table as one line, for a single year (a block is refused as a line would be). */
export function yearLine(t: YearTable): Result<Line<number>> {
  return "block" in t ? t.asLine : ok(t.line);
}
