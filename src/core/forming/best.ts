import { areaBound, lowest, outlook, weightOfSet, type BitGraph, type Outlook } from "./bits";
import { eachConnectedSet, EXTEND, SKIP_SUPERSETS, STOP } from "./connectedSets";

/** The best a set of rows allows: the most areas, and the smallest largest area with that many. */
export interface Best {
  readonly count: number;
  readonly largest: number;
}

/**
 * The best of every connected set of a group, memoised by set, in two searches: first the
 * most areas, then the smallest largest area among partitions with that many. Each area
 * tried is the one holding the set's lowest row (so a partition is reached once, not once
 * per order of its areas), and both prune hard: the rest must split into connected parts
 * that each reach the minimum; parts solved already count exactly, others by
 * {@link areaBound}; an area at or above the best largest area so far is skipped with all
 * its supersets; a search stops when it meets its bound.
 */
export function bestOfConnected(g: BitGraph): (set: number) => Best {
  const counts = new Map<number, number>();
  const largests = new Map<number, number>();
  /** At most this many areas in the rest: exact for solved parts, else the bound. */
  const most = (rest: Outlook) => {
    let sum = 0;
    for (let i = 0; i < rest.parts.length; i++) sum += counts.get(rest.parts[i]) ?? rest.bounds[i];
    return sum;
  };
  const countOf = (whole: number): number => {
    const known = counts.get(whole);
    if (known !== undefined) return known;
    let best = 1;
    const bound = areaBound(g, whole);
    if (bound > 1) {
      eachConnectedSet(g, whole, lowest(whole), (set, weight) => {
        const rest = outlook(g, whole & ~set);
        if (set === whole || 1 + most(rest) <= best) return SKIP_SUPERSETS;
        if (weight < g.minimum || !rest.viable) return EXTEND;
        const found = rest.parts.reduce((sum, p) => sum + countOf(p), 1);
        if (found > best) best = found;
        return best === bound ? STOP : EXTEND;
      });
    }
    counts.set(whole, best);
    return best;
  };
  const largestOf = (whole: number): number => {
    const known = largests.get(whole);
    if (known !== undefined) return known;
    const count = countOf(whole);
    const total = weightOfSet(g, whole);
    let best = count === 1 ? total : Infinity;
    if (count > 1) {
      const floor = Math.max(g.minimum, Math.ceil(total / count));
      eachConnectedSet(g, whole, lowest(whole), (set, weight) => {
        if (weight >= best) return SKIP_SUPERSETS;
        const rest = outlook(g, whole & ~set);
        if (set === whole || 1 + most(rest) < count) return SKIP_SUPERSETS;
        if (weight < g.minimum || !rest.viable || rest.heaviest >= best) return EXTEND;
        if (rest.parts.reduce((sum, p) => sum + countOf(p), 1) !== count) return EXTEND;
        let largest = weight;
        for (const p of rest.parts) if (largest < best) largest = Math.max(largest, largestOf(p));
        if (largest < best) best = largest;
        return best <= floor ? STOP : EXTEND;
      });
    }
    largests.set(whole, best);
    return best;
  };
  return (set) => ({ count: countOf(set), largest: largestOf(set) });
}

/** One area of `weight` plus the best of each part of the rest. */
export function combine(
  parts: readonly number[],
  solve: (set: number) => Best,
  weight: number
): Best {
  let count = 1;
  let largest = weight;
  for (const p of parts) {
    const b = solve(p);
    count += b.count;
    if (b.largest > largest) largest = b.largest;
  }
  return { count, largest };
}
