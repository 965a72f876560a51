import { fail, ok, type Result } from "../result";
import { decimalOf, pow10, toNumber, type Decimal } from "../exact/decimal";

/** A total expressed as a whole number of steps. */
export interface Stepped {
  readonly units: number;
  readonly step: Decimal;
}

/**
 * How many whole `step`s make `total`, exactly (both read as decimals): 14.2 in steps of
 * 0.1 is 142. A total that is not a whole number of steps is refused (`steps.notWhole`),
 * as is one with more than 2^53 steps. Both figures must already be validated (total ≥ 0,
 * step > 0).
 * @example toSteps(14.2, 0.1, "totalFte").value // { units: 142, step: { int: 1n, scale: 1 } }
 */
export function toSteps(total: number, step: number, totalArg: string): Result<Stepped> {
  const t = decimalOf(total);
  const s = decimalOf(step);
  const scale = Math.max(t.scale, s.scale);
  const tInt = t.int * pow10(scale - t.scale);
  const sInt = s.int * pow10(scale - s.scale);
  if (tInt % sInt !== 0n) {
    return fail({
      code: "#VALUE!",
      message: "steps.notWhole",
      arg: totalArg,
      params: { value: total, step },
    });
  }
  const units = tInt / sInt;
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail({
      code: "#VALUE!",
      message: "number.tooLarge",
      arg: totalArg,
      params: { value: total, max: 1e15 },
    });
  }
  return ok({ units: Number(units), step: s });
}

/**
 * `units` whole steps as a number: the double nearest the exact decimal (142 steps of 0.1
 * give 14.2, never 14.200000000000001).
 * @example fromSteps(142, { int: 1n, scale: 1 }) // 14.2
 */
export function fromSteps(units: number, step: Decimal): number {
  const s = Number(step.int);
  const x = units * s;
  if (Number.isSafeInteger(x) && Number.isSafeInteger(s) && step.scale <= 22)
    return x / 10 ** step.scale;
  return toNumber(BigInt(units) * step.int, step.scale);
}
