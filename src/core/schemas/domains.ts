import * as z from "zod/mini";
import { wholeCents } from "../exact/money";

/**
 * The value domains every calculation shares, each as a zod schema (the contract, whose
 * issue messages are message-catalog keys) plus `test`, a fast predicate that accepts
 * exactly what the schema accepts. Lists are checked with `test` in a plain loop; the
 * schema runs only on a failing element to say why (see `validate.ts`).
 */
export interface Domain<T = number> {
  readonly schema: z.ZodMiniType<T>;
  readonly test: (x: unknown) => boolean;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const num = () =>
  z.number({
    error: (issue) => (typeof issue.input === "number" ? "number.notFinite" : "cell.notNumber"),
  });
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** A count of people or clients: a whole number ≥ 0 (up to 2^53 − 1). */
export const Count: Domain = {
  schema: num().check(
    z.minimum(0, { error: "count.negative" }),
    z.refine(Number.isInteger, { error: "count.fractional" }),
    z.maximum(SAFE, { error: "number.tooLarge" })
  ),
  test: (x) => Number.isSafeInteger(x) && (x as number) >= 0,
};

/** A ratio given as a fraction 0..1 (95 % is 0.95). */
export const Ratio: Domain = {
  schema: num().check(
    z.minimum(0, { error: "ratio.negative" }),
    z.maximum(1, { error: "ratio.aboveOne" })
  ),
  test: (x) => isNum(x) && x >= 0 && x <= 1,
};

/** A yearly change as a fraction −1..1 (−0.014 is a 1.4 % decline). */
export const Change: Domain = {
  schema: num().check(
    z.minimum(-1, { error: "change.belowMinusOne" }),
    z.maximum(1, { error: "change.tooLarge" })
  ),
  test: (x) => isNum(x) && x >= -1 && x <= 1,
};

/** A non-negative amount (euros or another measure), below 10^15. */
export const NonNegative: Domain = {
  schema: num().check(
    z.minimum(0, { error: "number.negative" }),
    z.maximum(1e15, { error: "number.tooLarge" })
  ),
  test: (x) => isNum(x) && x >= 0 && x <= 1e15,
};

/** Money in whole cents, ≥ 0 (a total to apportion or a budget). */
export const Money: Domain = {
  schema: num().check(
    z.minimum(0, { error: "number.negative" }),
    z.maximum(1e13, { error: "number.tooLarge" }),
    z.refine((x) => wholeCents(x) !== undefined, { error: "money.fractionOfCent" })
  ),
  test: (x) => isNum(x) && x >= 0 && x <= 1e13 && wholeCents(x) !== undefined,
};

/** A strictly positive figure: a caseload target, FTE, step or divisor. */
export const Positive: Domain = {
  schema: num().check(
    z.gt(0, { error: "positive.notPositive" }),
    z.maximum(1e15, { error: "number.tooLarge" })
  ),
  test: (x) => isNum(x) && x > 0 && x <= 1e15,
};

/** A whole number in `0..max` (years, a horizon, a day number). */
export function wholeNumber(max: number, min = 0): Domain {
  return {
    schema: num().check(
      z.minimum(min, { error: min === 0 ? "number.negative" : "positive.notPositive" }),
      z.refine(Number.isInteger, { error: "number.notInteger" }),
      z.maximum(max, { error: "number.tooLarge" })
    ),
    test: (x) => Number.isInteger(x) && (x as number) >= min && (x as number) <= max,
  };
}

/** A benefit model, named by its first year: 2025 (incentive model), 2015 (2015–2024) or 2006 (2006–2014). */
export type BenefitModel = 2025 | 2015 | 2006;

/** The benefit model: 2025 (incentive model), 2015 (2015–2024) or 2006 (2006–2014). */
export const Model: Domain<BenefitModel> = {
  schema: z.literal([2025, 2015, 2006], { error: "model.unknown" }),
  test: (x) => x === 2025 || x === 2015 || x === 2006,
};

/** A registry field: "code", "fi", "sv" or "region". */
export const Field: Domain<"code" | "fi" | "sv" | "region"> = {
  schema: z.enum(["code", "fi", "sv", "region"], { error: "field.unknown" }),
  test: (x) => x === "code" || x === "fi" || x === "sv" || x === "region",
};
