import { fail, ok, type Result } from "../result";

/**
 * Guards a floating-point result: a finite number passes; Infinity or NaN (e.g. 3 762 clients
 * over 5e-324 FTE) becomes `result.outOfRange` (#VALUE!) naming the argument responsible.
 * @example finite(3762 / 5e-324, "fte", 5e-324).error?.message // "result.outOfRange"
 */
export function finite(value: number, arg: string, input: number): Result<number> {
  return Number.isFinite(value)
    ? ok(value)
    : fail({ code: "#VALUE!", message: "result.outOfRange", arg, params: { value: input } });
}

/**
 * `finite` over a list: the first non-finite element fails, naming its row of `arg` — no
 * row when `inputs` (the argument as given) is a single cell applied to every row.
 */
export function allFinite(
  values: number[],
  arg: string,
  inputs: readonly number[]
): Result<number[]> {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      const at = inputs.length > 1 ? { at: { row: i + 1 } } : {};
      return fail({
        code: "#VALUE!",
        message: "result.outOfRange",
        arg,
        ...at,
        params: { value: inputs[i] ?? inputs[0] },
      });
    }
  }
  return ok(values);
}
