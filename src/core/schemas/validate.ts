import type { CalcError, Position } from "../result";
import type { Domain } from "./domains";
import { issueToError } from "./issueToError";

/**
 * The first fault of one value as a `CalcError` (`#VALUE!` with `arg` and `at`), or
 * `undefined` when the value is in the domain.
 */
export function checkValue<T>(
  domain: Domain<T>,
  value: unknown,
  arg: string,
  at?: Position
): CalcError | undefined {
  if (domain.test(value)) return undefined;
  const parsed = domain.schema.safeParse(value);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (!issue) return { code: "#VALUE!", message: "value.invalid", arg, ...(at ? { at } : {}) };
  return issueToError(issue, value, arg, at);
}

/**
 * Checks a list element by element with the domain's fast predicate and returns the first
 * fault, with its 1-based row (no position for a one-element list, which is a single
 * cell to the user); an empty list is refused (`shape.empty`).
 * @example checkList(Count, [28616, -5], "labourForce")?.at // { row: 2 }
 */
export function checkList<T>(
  domain: Domain<T>,
  values: readonly unknown[],
  arg: string
): CalcError | undefined {
  if (values.length === 0) return { code: "#VALUE!", message: "shape.empty", arg };
  const test = domain.test;
  for (let i = 0; i < values.length; i++) {
    if (!test(values[i]))
      return checkValue(domain, values[i], arg, values.length > 1 ? { row: i + 1 } : undefined);
  }
  return undefined;
}

/**
 * Checks an n×k matrix: every row must have `columns` cells (when given) and each cell
 * must be in the domain; the first fault names its row and column.
 */
export function checkMatrix<T>(
  domain: Domain<T>,
  rows: readonly (readonly unknown[])[],
  arg: string,
  columns?: number
): CalcError | undefined {
  if (rows.length === 0) return { code: "#VALUE!", message: "shape.empty", arg };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const k = columns ?? rows[0].length;
    if (row.length !== k) {
      return {
        code: "#VALUE!",
        message: "shape.columns",
        arg,
        params: { expected: k, actual: row.length },
      };
    }
    for (let c = 0; c < row.length; c++) {
      if (!domain.test(row[c])) return checkValue(domain, row[c], arg, { row: r + 1, col: c + 1 });
    }
  }
  return undefined;
}

/** `shape.lengthMismatch` when two lists that go together differ in length. */
export function checkSameLength(
  a: readonly unknown[],
  argA: string,
  b: readonly unknown[],
  argB: string
) {
  if (a.length === b.length) return undefined;
  const error: CalcError = {
    code: "#VALUE!",
    message: "shape.lengthMismatch",
    arg: argB,
    params: { other: argA, actual: b.length, expected: a.length },
  };
  return error;
}
