import { MAX_BITS } from "./bits";
import { exactGroup } from "./exact";
import type { Table } from "./table";

/** Whether two areas share a border. */
function touch(a: readonly number[], b: readonly number[], table: Table): boolean {
  const inB = new Set(b);
  return a.some((r) => table.links[r].some((n) => inB.has(n)));
}

/**
 * Improves a valid partition locally: each pair of neighbouring areas (at most 30 rows
 * together, pairs in order of area) is re-partitioned exactly, and replaced when that gives
 * more areas; passes repeat until one changes nothing. Each replacement adds an area, so
 * this ends after at most as many replacements as areas can be added. The result is valid
 * and has at least as many areas; areas in order of first row.
 */
export function improvePairs(areas: readonly number[][], table: Table): number[][] {
  let current = areas.map((a) => [...a]);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < current.length && !changed; i++) {
      for (let j = i + 1; j < current.length && !changed; j++) {
        const [a, b] = [current[i], current[j]];
        if (a.length + b.length > MAX_BITS || !touch(a, b, table)) continue;
        const rows = [...a, ...b].sort((x, y) => x - y);
        const exact = exactGroup(rows, table);
        if (exact.best.count <= 2) continue;
        const split = exact.areas(exact.best.largest);
        current = [...current.filter((_, k) => k !== i && k !== j), ...split];
        changed = true;
      }
    }
  }
  return current.map((a) => a.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}
