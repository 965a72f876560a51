import { rowOf, type BitGraph } from "./bits";
import { solver, type Best } from "./best";
import { chooseAreas } from "./choose";
import type { Table } from "./table";

/** A connected group's exact optimum, and its first optimal partition for a given cap. */
export interface ExactGroup {
  readonly best: Best;
  /** The areas (rows ascending, in order of first row) with the most areas, none above `largest`. */
  areas(largest: number): number[][];
}

/** Solves a connected set of at most 30 rows (ascending) exactly, as bit sets (links outside it ignored). */
export function exactGroup(rows: readonly number[], table: Table): ExactGroup {
  const local = new Map(rows.map((r, i) => [r, i]));
  const g: BitGraph = {
    links: rows.map((r) =>
      table.links[r].reduce((set, n) => (local.has(n) ? set | (1 << local.get(n)!) : set), 0)
    ),
    weights: rows.map((r) => table.weights[r]),
    minimum: table.minimum,
  };
  const whole = 2 ** rows.length - 1;
  const solve = solver(g);
  const toRows = (set: number) => {
    const out: number[] = [];
    for (let s = set; s !== 0; s &= s - 1) out.push(rows[rowOf(s & -s)]);
    return out;
  };
  return {
    best: solve.best(whole),
    areas: (largest: number) =>
      chooseAreas(g, whole, solve.best(whole).count, largest, solve).map(toRows),
  };
}
