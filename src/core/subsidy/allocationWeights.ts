import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import type { Weights } from "../exact/largestRemainder";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Exact weights for ALLOCATE over one common denominator: with column sums C_j and
 * weights W_j (integers at a common scale), nums_i = Σ_j W_j·c_ij·Π_{l≠j} C_l and
 * den = ΣW·Π_j C_j, over the columns whose weight is not zero. Inputs already validated.
 */
export function allocationWeights(criteria: readonly (readonly number[])[], weights: readonly number[]): Result<Weights> {
  const ws = weights.map(decimalOf);
  const wScale = Math.max(...ws.map((d) => d.scale));
  const W = ws.map((d) => d.int * pow10(wScale - d.scale));
  const active = W.map((w, j) => j).filter((j) => W[j] > 0n);
  const columns = active.map((j) => {
    const ds = criteria.map((row) => decimalOf(row[j]));
    const s = Math.max(...ds.map((d) => d.scale));
    return ds.map((d) => d.int * pow10(s - d.scale));
  });
  const C = columns.map((col) => col.reduce((a, b) => a + b, 0n));
  const zero = C.findIndex((c) => c === 0n);
  if (zero >= 0) return fail({ code: "#VALUE!", message: "weights.allZero", arg: "criteria", params: { col: active[zero] + 1 } });
  const product = C.reduce((a, b) => a * b, 1n);
  const others = C.map((c) => product / c);
  const nums = criteria.map((_, i) => active.reduce((s, j, k) => s + W[j] * columns[k][i] * others[k], 0n));
  const den = W.reduce((a, b) => a + b, 0n) * product;
  if (den <= SAFE) return ok({ nums: nums.map(Number), den: Number(den) });
  return ok({ nums, den });
}
