import { fail, ok, type Result } from "../result";
import { Count } from "../schemas/domains";
import { checkList, checkValue } from "../schemas/validate";

/**
 * The sum of a count or a list of counts (people, clients), validated: every element a
 * whole number ≥ 0. A sum beyond 2^53 − 1 is refused rather than rounded.
 * @example countTotal([10, 20, 30], "labourForce").value // 60
 */
export function countTotal(values: number | readonly number[], arg: string): Result<number> {
  if (typeof values === "number") {
    const bad = checkValue(Count, values, arg);
    return bad ? fail(bad) : ok(values);
  }
  const bad = checkList(Count, values, arg);
  if (bad) return fail(bad);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  if (!Number.isSafeInteger(sum)) {
    return fail({
      code: "#VALUE!",
      message: "number.tooLarge",
      arg,
      params: { value: sum, max: Number.MAX_SAFE_INTEGER },
    });
  }
  return ok(sum);
}
