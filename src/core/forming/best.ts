import { areaBound, lowest, outlook, weightOfSet, type BitGraph, type Outlook } from "./bits";
import { eachConnectedSet, EXTEND, SKIP_SUPERSETS, STOP } from "./connectedSets";

/** The best a set of rows allows: the most areas, and the smallest largest area with that many. */
export interface Best {
  readonly count: number;
  readonly largest: number;
}

/** The exact optimum of a group's connected sets, memoised by set. */
export interface Solver {
  /** The best of a connected set. */
  best(set: number): Best;
  /** Whether the rest's parts give `areas` areas (their most) with none above `cap`. */
  fits(rest: Outlook, areas: number, cap: number): boolean;
}

/**
 * The optimum of every connected set of a group, memoised by set. The most areas: an exact
 * search per set. The smallest largest area with that many: a decision per set and cap
 * ("can it be split into its most areas, none above cap?"), remembering per set the
 * largest cap refused and the smallest largest area found; for the whole group one search
 * whose cap falls below each answer it finds (and, for the same first area, below each
 * answer its rest gives). Each area tried is the one holding the set's lowest row (so a
 * partition is reached once, not once per order of its areas), and the searches prune
 * hard: the rest must split into connected parts that each reach the minimum; parts
 * solved already count exactly, others by {@link areaBound}, and are solved one by one
 * only while they could still matter; an area above the cap is skipped with all its
 * supersets; a search stops at its bound or at its first answer.
 */
export function solver(g: BitGraph): Solver {
  const counts = new Map<number, number>();
  const refused = new Map<number, number>();
  const found = new Map<number, number>();
  /** The rest's most areas if at least `atLeast` (else a smaller number), solving parts lazily. */
  const countIn = (rest: Outlook, atLeast: number): number => {
    let sum = 0;
    for (let i = 0; i < rest.parts.length; i++) sum += counts.get(rest.parts[i]) ?? rest.bounds[i];
    for (let i = 0; i < rest.parts.length && sum >= atLeast; i++) {
      if (!counts.has(rest.parts[i])) sum += countOf(rest.parts[i]) - rest.bounds[i];
    }
    return sum;
  };
  const fits = (rest: Outlook, areas: number, cap: number): boolean =>
    rest.heaviest <= cap &&
    countIn(rest, areas) === areas &&
    rest.parts.every((p) => within(p, cap));
  const countOf = (whole: number): number => {
    const known = counts.get(whole);
    if (known !== undefined) return known;
    let best = 1;
    const bound = areaBound(g, whole);
    if (bound > 1) {
      eachConnectedSet(g, whole, lowest(whole), (set, weight) => {
        const rest = outlook(g, whole & ~set);
        if (set === whole || 1 + countIn(rest, Infinity) <= best) return SKIP_SUPERSETS;
        if (weight < g.minimum || !rest.viable) return EXTEND;
        best = Math.max(best, 1 + countIn(rest, best));
        return best === bound ? STOP : EXTEND;
      });
    }
    counts.set(whole, best);
    return best;
  };
  /** Whether the connected set splits into its most areas with none above `cap`. */
  const within = (whole: number, cap: number): boolean => {
    const known = found.get(whole);
    if (known !== undefined && cap >= known) return true;
    if (cap <= (refused.get(whole) ?? -1)) return false;
    const count = countOf(whole);
    const total = weightOfSet(g, whole);
    let largest = count === 1 ? total : Infinity;
    if (count > 1 && Math.ceil(total / count) <= cap) {
      eachConnectedSet(g, whole, lowest(whole), (set, weight) => {
        if (weight > cap) return SKIP_SUPERSETS;
        const rest = outlook(g, whole & ~set);
        if (set === whole || 1 + countIn(rest, Infinity) < count) return SKIP_SUPERSETS;
        if (weight < g.minimum || !rest.viable || !fits(rest, count - 1, cap)) return EXTEND;
        largest = rest.parts.reduce((most, p) => Math.max(most, found.get(p)!), weight);
        return STOP;
      });
    }
    if (largest < (known ?? Infinity)) found.set(whole, largest);
    if (largest <= cap) return true;
    refused.set(whole, cap);
    return false;
  };
  /** The smallest largest area: one search whose cap falls below each answer it finds. */
  const largestOf = (whole: number): number => {
    const known = found.get(whole);
    if (known !== undefined && (refused.get(whole) ?? -1) >= known - 1) return known;
    const count = countOf(whole);
    const total = weightOfSet(g, whole);
    let best = count === 1 ? total : Infinity;
    const floor = Math.max(g.minimum, outlook(g, whole).heaviest, Math.ceil(total / count));
    if (count > 1) {
      eachConnectedSet(g, whole, lowest(whole), (set, weight) => {
        if (weight >= best) return SKIP_SUPERSETS;
        const rest = outlook(g, whole & ~set);
        if (set === whole || 1 + countIn(rest, Infinity) < count) return SKIP_SUPERSETS;
        if (weight < g.minimum || !rest.viable) return EXTEND;
        // The parts' answers need not be their smallest: lower the cap while this area allows.
        while (best > Math.max(weight, floor) && fits(rest, count - 1, best - 1))
          best = rest.parts.reduce((most, p) => Math.max(most, found.get(p)!), weight);
        return best <= floor ? STOP : EXTEND;
      });
    }
    found.set(whole, best);
    refused.set(whole, best - 1);
    return best;
  };
  return { best: (set) => ({ count: countOf(set), largest: largestOf(set) }), fits };
}
