import { fail, ok, type CalcError, type Result } from "../result";
import { capHeadroom } from "./capHeadroom";
import { memberPayments } from "./memberPayments";
import { paymentCap } from "./paymentCap";

// Planning years: budgets as a row of k years, members' subsidies as n rows × k year
// columns. Each year is computed on its own (its own cap) and an error names its column.

/** An error of year column `col` (0-based): cells get the column, the cap message the year. */
function inColumn(error: CalcError, col: number): CalcError {
  if (error.message === "cap.exceeded")
    return { ...error, message: "cap.exceededIn", params: { ...error.params, col: col + 1 } };
  if (error.arg === "budget") return { ...error, at: { row: 1, col: col + 1 } };
  if (error.at) return { ...error, at: { row: error.at.row, col: col + 1 } };
  return error;
}

/** Each year's column of `subsidies` (n×k, k = `years`), or a shape error. */
function columns(subsidies: readonly (readonly number[])[], years: number): Result<number[][]> {
  if (subsidies.length === 0)
    return fail({ code: "#VALUE!", message: "shape.empty", arg: "memberSubsidies" });
  const bad = subsidies.find((row) => row.length !== years);
  if (bad)
    return fail({
      code: "#VALUE!",
      message: "shape.columns",
      arg: "memberSubsidies",
      params: { expected: years, actual: bad.length },
    });
  return ok(Array.from({ length: years }, (_, j) => subsidies.map((row) => row[j])));
}

/** Runs `perYear` for each year column; the first error, named by its column, stops it. */
function byYear<T>(
  years: number,
  subsidies: readonly (readonly number[])[],
  perYear: (column: number[], j: number) => Result<T>
): Result<T[]> {
  const cols = columns(subsidies, years);
  if (!cols.ok) return cols;
  const out: T[] = [];
  for (let j = 0; j < years; j++) {
    const r = perYear(cols.value[j], j);
    if (!r.ok) return fail(inColumn(r.error, j));
    out.push(r.value);
  }
  return ok(out);
}

/**
 * MEMBERPAYMENTS for planning years: n×k payments, each year's column apportioned to the
 * cent within that year's own cap.
 * @example memberPaymentsByYear([1000, 500], [[600000, 300000], [400000, 700000]]).value // [[600, 150], [400, 350]]
 */
export function memberPaymentsByYear(
  budgets: readonly number[],
  subsidies: readonly (readonly number[])[],
  capRatio?: number | null
): Result<number[][]> {
  const years = byYear(budgets.length, subsidies, (col, j) =>
    memberPayments(budgets[j], col, capRatio)
  );
  if (!years.ok) return years;
  return ok(subsidies.map((_, i) => years.value.map((col) => col[i])));
}

/**
 * PAYMENTCAP for planning years: the cap of each year column.
 * @example paymentCapsByYear([[1000000, 0], [300000, 100]]).value // [1235000, 95]
 */
export function paymentCapsByYear(
  subsidies: readonly (readonly number[])[],
  capRatio?: number | null
): Result<number[]> {
  return byYear(subsidies[0]?.length ?? 0, subsidies, (col) => paymentCap(col, capRatio));
}

/**
 * CAPHEADROOM for planning years: cap − budget for each year column.
 * @example capHeadroomsByYear([1234999.5, 95], [[1000000, 0], [300000, 100]]).value // [0.5, 0]
 */
export function capHeadroomsByYear(
  budgets: readonly number[],
  subsidies: readonly (readonly number[])[],
  capRatio?: number | null
): Result<number[]> {
  return byYear(budgets.length, subsidies, (col, j) => capHeadroom(budgets[j], col, capRatio));
}
