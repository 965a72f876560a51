import { fail, ok, type Result } from "../result";
import type { Table } from "./table";

/**
 * The connected groups of the table's municipalities (each row ascending), in order of
 * their first row: rows in different groups can never be in one area.
 * @example groups([[1], [0], []]) // [[0, 1], [2]]
 */
export function groups(links: readonly (readonly number[])[]): number[][] {
  const group = new Array<number>(links.length).fill(-1);
  const out: number[][] = [];
  for (let start = 0; start < links.length; start++) {
    if (group[start] >= 0) continue;
    const queue = [start];
    group[start] = out.length;
    for (let q = 0; q < queue.length; q++) {
      for (const next of links[queue[q]]) {
        if (group[next] < 0) ((group[next] = out.length), queue.push(next));
      }
    }
    out.push(queue.sort((a, b) => a - b));
  }
  return out;
}

/** The sum of the rows' labour force. */
export const weightOf = (rows: readonly number[], weights: readonly number[]): number =>
  rows.reduce((sum, r) => sum + weights[r], 0);

/** The rows' names joined for a message ("Kokkola, Kannus"). */
export const namesOf = (rows: readonly number[], table: Table): string =>
  rows.map((r) => table.names[r]).join(", ");

/**
 * The connected groups, or `#N/A` naming the first group whose labour force is below the
 * minimum (no partition of the table can then exist).
 */
export function viableGroups(table: Table): Result<number[][]> {
  const all = groups(table.links);
  for (const rows of all) {
    const value = weightOf(rows, table.weights);
    if (value < table.minimum) {
      return fail({
        code: "#N/A",
        message: "forming.groupTooSmall",
        arg: "municipalities",
        params: { names: namesOf(rows, table), value, minimum: table.minimum },
      });
    }
  }
  return ok(all);
}
