import { fail, ok, type Result } from "../result";
import { decimalOf, pow10 } from "../exact/decimal";
import type { ExactWeights, Weights } from "../exact/largestRemainder";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Weights for ALLOCATE. Exactly, with column sums C_j and weights W_j (integers at a
 * common scale): nums_i = Σ_j W_j·c_ij·Π_{l≠j} C_l, den = ΣW·Π_j C_j over the columns
 * whose weight is not zero. When the criteria are whole numbers with safe column sums and
 * there are at most 8 criteria, float shares Σ_j (W_j/ΣW)·(c_ij/C_j) (relative error
 * ≤ 10·2^-53) go to the kernel with the exact weight of a row, for the rows it cannot decide.
 * Inputs already validated; a weighted column that is all zero is refused.
 */
export function allocationWeights(
  criteria: readonly (readonly number[])[],
  weights: readonly number[]
): Result<Weights> {
  const ws = weights.map(decimalOf);
  const wScale = Math.max(...ws.map((d) => d.scale));
  const W = ws.map((d) => d.int * pow10(wScale - d.scale));
  const active = W.map((_, j) => j).filter((j) => W[j] > 0n);
  const sums = active.map((j) => criteria.reduce((s, row) => s + row[j], 0));
  const zero = sums.findIndex((c) => c === 0);
  if (zero >= 0)
    return fail({
      code: "#VALUE!",
      message: "weights.allZero",
      arg: "criteria",
      params: { col: active[zero] + 1 },
    });
  const totalW = W.reduce((a, b) => a + b, 0n);
  const wholeCriteria = active.every(
    (j, k) => Number.isSafeInteger(sums[k]) && criteria.every((row) => Number.isInteger(row[j]))
  );
  if (!wholeCriteria || active.length > 8 || totalW > SAFE)
    return ok(exactWeights(criteria, W, active));
  const weight = active.map((j) => Number(W[j]) / Number(totalW));
  const shares = new Float64Array(criteria.length);
  for (let i = 0; i < criteria.length; i++) {
    let s = 0;
    for (let k = 0; k < active.length; k++) s += weight[k] * (criteria[i][active[k]] / sums[k]);
    shares[i] = s;
  }
  const C = sums.map(BigInt);
  const product = C.reduce((a, b) => a * b, 1n);
  const others = C.map((c) => product / c);
  const num = (i: number) =>
    active.reduce((t, j, k) => t + W[j] * BigInt(criteria[i][j]) * others[k], 0n);
  return ok({ shares, num, den: totalW * product });
}

function exactWeights(
  criteria: readonly (readonly number[])[],
  W: readonly bigint[],
  active: readonly number[]
): ExactWeights {
  const columns = active.map((j) => {
    const ds = criteria.map((row) => decimalOf(row[j]));
    const s = Math.max(...ds.map((d) => d.scale));
    return ds.map((d) => d.int * pow10(s - d.scale));
  });
  const C = columns.map((col) => col.reduce((a, b) => a + b, 0n));
  const product = C.reduce((a, b) => a * b, 1n);
  const others = C.map((c) => product / c);
  const nums = criteria.map((_, i) =>
    active.reduce((s, j, k) => s + W[j] * columns[k][i] * others[k], 0n)
  );
  const den = active.reduce((s, j) => s + W[j], 0n) * product;
  if (den <= SAFE) return { nums: nums.map(Number), den: Number(den) };
  return { nums, den };
}
