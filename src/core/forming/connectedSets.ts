import { rowOf, type BitGraph } from "./bits";

/** What a visitor wants after seeing a set: its supersets too, not them, or nothing more. */
export const EXTEND = 0;
export const SKIP_SUPERSETS = 1;
export const STOP = 2;
export type Next = typeof EXTEND | typeof SKIP_SUPERSETS | typeof STOP;

/**
 * Visits every connected subset of `within` that contains `root` (a single-bit set) exactly
 * once, each before its supersets reached through it. Canonical growth: a set grows by one
 * candidate neighbour at a time, and a candidate passed over is excluded from every later
 * set of that branch, so no set is reached twice. The visitor may prune: since labour
 * force never decreases as a set grows, a bound that fails for a set fails for all its
 * supersets found below it.
 */
export function eachConnectedSet(
  g: BitGraph,
  within: number,
  root: number,
  visit: (set: number, weight: number) => Next
): void {
  let stopped = false;
  const grow = (set: number, weight: number, candidates: number, excluded: number): void => {
    const next = visit(set, weight);
    if (next === STOP) stopped = true;
    if (next !== EXTEND) return;
    let left = candidates;
    let out = excluded;
    while (left !== 0 && !stopped) {
      const bit = left & -left;
      left ^= bit;
      const row = rowOf(bit);
      const fresh = g.links[row] & within & ~set & ~out & ~left & ~bit;
      grow(set | bit, weight + g.weights[row], left | fresh, out);
      out |= bit;
    }
  };
  grow(root, g.weights[rowOf(root)], g.links[rowOf(root)] & within, 0);
}
