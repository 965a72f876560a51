/**
 * A group of at most 30 municipalities as bit sets: bit i is the group's i-th row in
 * table order, so a set is one 32-bit integer and set operations are single instructions.
 */
export interface BitGraph {
  /** `links[i]`: the set of i's neighbours. */
  readonly links: readonly number[];
  readonly weights: readonly number[];
  readonly minimum: number;
}

/** The most rows a bit set holds here (bit 31 would make the integers negative). */
export const MAX_BITS = 30;

/** The lowest set bit of a non-empty set, as a set. */
export const lowest = (set: number): number => set & -set;

/** The row of a single-bit set. */
export const rowOf = (bit: number): number => 31 - Math.clz32(bit);

/** The labour force of a set. */
export function weightOfSet(g: BitGraph, set: number): number {
  let sum = 0;
  for (let s = set; s !== 0; s &= s - 1) sum += g.weights[rowOf(s & -s)];
  return sum;
}

/** The connected parts of a set, each a set, in order of their lowest row. */
export function parts(g: BitGraph, set: number): number[] {
  const out: number[] = [];
  let rest = set;
  while (rest !== 0) {
    let part = rest & -rest;
    let frontier = part;
    while (frontier !== 0) {
      const bit = frontier & -frontier;
      frontier ^= bit;
      const next = g.links[rowOf(bit)] & rest & ~part;
      part |= next;
      frontier |= next;
    }
    out.push(part);
    rest &= ~part;
  }
  return out;
}

/** What the rest of a group allows: whether every part reaches the minimum, and bounds. */
export interface Outlook {
  readonly parts: readonly number[];
  /** Per part, at most this many areas fit in it (see {@link areaBound}). */
  readonly bounds: readonly number[];
  /** Every part reaches the minimum (so the rest can be partitioned into areas). */
  readonly viable: boolean;
  /** The sum of the bounds. */
  readonly bound: number;
  /** The largest single labour force: no partition's largest area is smaller. */
  readonly heaviest: number;
}

/**
 * At most this many areas fit in a set: an area holds a row at or above the minimum, or
 * only smaller rows, connected among themselves, adding up to it; so the rows at or above
 * the minimum plus, per connected part of the smaller rows, ⌊its total / minimum⌋. It never
 * grows when rows are removed, so it bounds every subset too.
 */
export function areaBound(g: BitGraph, set: number): number {
  let bound = 0;
  let small = 0;
  for (let s = set; s !== 0; s &= s - 1) {
    const bit = s & -s;
    if (g.weights[rowOf(bit)] >= g.minimum) bound++;
    else small |= bit;
  }
  for (const p of parts(g, small)) bound += Math.floor(weightOfSet(g, p) / g.minimum);
  return bound;
}

/** The outlook of a set (empty set: viable, no areas). */
export function outlook(g: BitGraph, set: number): Outlook {
  const ps = parts(g, set);
  const bounds = ps.map((p) => areaBound(g, p));
  let heaviest = 0;
  for (let s = set; s !== 0; s &= s - 1) heaviest = Math.max(heaviest, g.weights[rowOf(s & -s)]);
  const bound = bounds.reduce((a, b) => a + b, 0);
  return { parts: ps, bounds, viable: !bounds.includes(0), bound, heaviest };
}
