import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import type { Weights } from "../exact/largestRemainder";
import { allZero } from "../apportion/apportion";
import { Count, Ratio } from "../schemas/domains";
import { checkList, checkSameLength, checkValue } from "../schemas/validate";

/** Default weight of the working-age criterion (the other half is broad unemployment). */
export const DEFAULT_WORKING_AGE_WEIGHT = 0.5;

function sum(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/**
 * The exact weights behind SUBSIDYSHARES: share_i = w·a_i/Σa + (1−w)·u_i/Σu, written over
 * one common denominator (nums_i = W·a_i·U + (S−W)·u_i·A, den = S·A·U with w = W/S), as
 * safe numbers when they fit; otherwise float shares (relative error < 2e-15) with the
 * exact BigInt weight of a row computed only for the rows the kernel cannot decide. Validates both lists (counts, same length)
 * and the weight (a fraction 0..1); a criterion with weight > 0 must not be all zero.
 */
export function subsidyWeights(
  workingAge: readonly number[],
  unemployed: readonly number[],
  workingAgeWeight?: number | null
): Result<Weights> {
  const w = workingAgeWeight ?? DEFAULT_WORKING_AGE_WEIGHT;
  const bad =
    checkList(Count, workingAge, "workingAge") ??
    checkList(Count, unemployed, "unemployed") ??
    checkSameLength(workingAge, "workingAge", unemployed, "unemployed") ??
    checkValue(Ratio, w, "workingAgeWeight");
  if (bad) return fail(bad);
  if (w > 0 && allZero(workingAge))
    return fail({ code: "#VALUE!", message: "weights.allZero", arg: "workingAge" });
  if (w < 1 && allZero(unemployed))
    return fail({ code: "#VALUE!", message: "weights.allZero", arg: "unemployed" });
  if (w === 1) return ok({ nums: workingAge, den: sum(workingAge) });
  if (w === 0) return ok({ nums: unemployed, den: sum(unemployed) });
  const d = decimalOf(w);
  if (d.scale > 15) return ok(exactBig(workingAge, unemployed, d.int, pow10(d.scale)));
  const S = Number(pow10(d.scale));
  const W = Number(d.int);
  const A = sum(workingAge);
  const U = sum(unemployed);
  const n = workingAge.length;
  if (!Number.isSafeInteger(A) || !Number.isSafeInteger(U)) {
    const arg = Number.isSafeInteger(A) ? "unemployed" : "workingAge";
    return fail({
      code: "#VALUE!",
      message: "number.tooLarge",
      arg,
      params: { value: Math.max(A, U), max: Number.MAX_SAFE_INTEGER },
    });
  }
  if (S * A * U <= Number.MAX_SAFE_INTEGER) {
    const nums = new Array<number>(n);
    const wu = W * U;
    const va = (S - W) * A;
    for (let i = 0; i < n; i++) nums[i] = wu * workingAge[i] + va * unemployed[i];
    return ok({ nums, den: S * A * U });
  }
  // Too large for exact doubles: float shares for the fast path, exact BigInt on demand.
  const shares = new Float64Array(n);
  const wa = W / S / A;
  const wun = (S - W) / S / U;
  for (let i = 0; i < n; i++) shares[i] = wa * workingAge[i] + wun * unemployed[i];
  const wu = BigInt(W) * BigInt(U);
  const va = BigInt(S - W) * BigInt(A);
  const num = (i: number) => wu * BigInt(workingAge[i]) + va * BigInt(unemployed[i]);
  return ok({ shares, num, den: BigInt(S) * BigInt(A) * BigInt(U) });
}

/** The exact weights in BigInt (for weights with more than 15 decimals, e.g. 5e-324). */
function exactBig(a: readonly number[], u: readonly number[], W: bigint, S: bigint): Weights {
  const A = BigInt(sum(a));
  const U = BigInt(sum(u));
  const nums = a.map((ai, i) => W * U * BigInt(ai) + (S - W) * A * BigInt(u[i]));
  return { nums, den: S * A * U };
}
