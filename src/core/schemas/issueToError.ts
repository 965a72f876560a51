import type { CalcError, Position } from "../result";
import { isMessageKey } from "../messages/formatError";
import { decimalOf, toNumber } from "../exact/decimal";

/** value / 100 exactly (1.4 → 0.014, not 0.013999999999999999). */
function hundredth(value: number): number {
  const d = decimalOf(value);
  return toNumber(d.int, d.scale + 2);
}

/** The parts of a zod issue this module reads (zod/mini's `$ZodIssue` satisfies it). */
export interface IssueLike {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly maximum?: unknown;
}

function derivedParams(
  key: string,
  value: unknown,
  issue: IssueLike
): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (typeof value === "number") params.value = value;
  if (value !== undefined && value !== null) params.text = String(value); // as typed, e.g. model 2007
  if ((key === "ratio.aboveOne" || key === "change.tooLarge") && typeof value === "number") {
    params.hint = hundredth(value);
    params.hintPct = params.hint;
  }
  if (key === "number.tooLarge" && typeof issue.maximum === "number") params.max = issue.maximum;
  return params;
}

/**
 * Turns one zod issue into a `CalcError` (a `#VALUE!` whose message is a catalog key).
 * `value` is the offending input. When `arg` is omitted, the issue's path names it: the
 * first segment is the argument id, the next ones the 0-based row and column (an issue
 * at `["workingAge", 2]` becomes arg "workingAge", row 3). Render it with `formatError`;
 * the wizard does this to show schema failures in a Fluent `Field`.
 * @example issueToError({ code: "too_big", message: "ratio.aboveOne", path: [] }, 95, "capRatio").params // { value: 95, text: "95", hint: 0.95, hintPct: 0.95 }
 */
export function issueToError(
  issue: IssueLike,
  value: unknown,
  arg?: string,
  at?: Position
): CalcError {
  const key = isMessageKey(issue.message)
    ? issue.message
    : issue.code === "invalid_type"
      ? "cell.notNumber"
      : "value.invalid";
  const [head, row, col] = issue.path;
  const argId = arg ?? (typeof head === "string" ? head : undefined);
  const where: Position | undefined =
    at ??
    (arg === undefined && typeof row === "number"
      ? { row: row + 1, ...(typeof col === "number" ? { col: col + 1 } : {}) }
      : undefined);
  return {
    code: "#VALUE!",
    message: key,
    ...(argId === undefined ? {} : { arg: argId }),
    ...(where ? { at: where } : {}),
    params: derivedParams(key, value, issue),
  };
}
