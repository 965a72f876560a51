import { groups, weightOf } from "./groups";
import type { Table } from "./table";

/** The unplaced rows bordering an area. */
function frontier(area: readonly number[], placed: readonly number[], table: Table): number[] {
  const out = new Set<number>();
  for (const r of area) for (const n of table.links[r]) if (placed[n] < 0) out.add(n);
  return [...out].sort((a, b) => a - b);
}

/** The neighbour to add: the lightest that completes the area, else the heaviest (earlier row on ties). */
function pick(options: readonly number[], weight: number, table: Table): number {
  const w = table.weights;
  const completing = options.filter((r) => weight + w[r] >= table.minimum);
  if (completing.length > 0) return completing.reduce((a, b) => (w[b] < w[a] ? b : a));
  return options.reduce((a, b) => (w[b] > w[a] ? b : a));
}

/**
 * A valid partition of one connected group too large for the exact search, found greedily
 * (not necessarily the most areas): from the earliest unplaced row, an area grows by its
 * lightest neighbour that completes it, else by its heaviest, until it reaches the minimum;
 * then every unplaced remnant that can no longer reach the minimum joins its lightest
 * neighbouring area. Linear in rows × neighbours per area. Areas in order of first row.
 */
export function greedyAreas(rows: readonly number[], table: Table): number[][] {
  const placed = new Array<number>(table.weights.length).fill(-1);
  const areas: number[][] = [];
  const weights: number[] = [];
  const place = (r: number, a: number) => (
    (placed[r] = a),
    areas[a].push(r),
    (weights[a] += table.weights[r])
  );
  for (const root of rows) {
    if (placed[root] >= 0) continue;
    const a = areas.push([]) - 1;
    weights.push(0);
    place(root, a);
    while (weights[a] < table.minimum)
      place(pick(frontier(areas[a], placed, table), weights[a], table), a);
    const open = table.links.map((ns, r) => (placed[r] < 0 ? ns.filter((n) => placed[n] < 0) : []));
    for (const remnant of groups(open)) {
      if (placed[remnant[0]] >= 0 || weightOf(remnant, table.weights) >= table.minimum) continue;
      const touching = new Set(remnant.flatMap((r) => table.links[r].map((n) => placed[n])));
      touching.delete(-1);
      const into = [...touching].reduce((x, y) =>
        weights[y] < weights[x] || (weights[y] === weights[x] && y < x) ? y : x
      );
      for (const r of remnant) place(r, into);
    }
  }
  return areas.map((area) => area.sort((x, y) => x - y));
}
