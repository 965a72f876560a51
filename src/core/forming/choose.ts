import { lowest, outlook, type BitGraph } from "./bits";
import type { Solver } from "./best";
import { eachConnectedSet, EXTEND, SKIP_SUPERSETS } from "./connectedSets";

/**
 * The fixed tie-break between two candidate areas for the same first row: the smaller
 * labour force; if equal, the one holding the earliest row in which the two differ.
 */
export const earlier = (a: number, aWeight: number, b: number, bWeight: number): boolean =>
  aWeight < bWeight || (aWeight === bWeight && (lowest(a ^ b) & a) !== 0);

/**
 * Builds a partition of the group `whole` with `count` areas (its most), none above
 * `largest`: area by area, each holding the lowest row not yet placed, choosing the
 * {@link earlier} of the areas that still let the rest complete such a partition. So the
 * result is the first such partition in that order, whichever search found the optimum.
 * Returns the areas as sets, in order of their lowest row.
 */
export function chooseAreas(
  g: BitGraph,
  whole: number,
  count: number,
  largest: number,
  solver: Solver
): number[] {
  const areas: number[] = [];
  let rest = whole;
  for (let need = count; rest !== 0; need--) {
    let chosen = 0;
    let chosenWeight = Infinity;
    eachConnectedSet(g, rest, lowest(rest), (set, weight) => {
      if (weight > largest || weight > chosenWeight) return SKIP_SUPERSETS;
      const others = outlook(g, rest & ~set);
      if (1 + others.bound < need) return SKIP_SUPERSETS;
      if (weight < g.minimum || !others.viable) return EXTEND;
      if (!earlier(set, weight, chosen, chosenWeight)) return EXTEND;
      if (solver.fits(others, need - 1, largest)) ((chosen = set), (chosenWeight = weight));
      return EXTEND;
    });
    if (chosen === 0) throw new Error("forming: no area completes the optimum (a solver defect)");
    areas.push(chosen);
    rest &= ~chosen;
  }
  return areas;
}
