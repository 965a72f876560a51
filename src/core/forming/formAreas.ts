import { ok, type Result } from "../result";
import { MAX_BITS } from "./bits";
import { exactGroup } from "./exact";
import { greedyAreas } from "./greedy";
import { improvePairs } from "./improve";
import { viableGroups, weightOf } from "./groups";
import { readTable, type Names, type Pairs } from "./table";

/**
 * FORMAREAS: partitions the municipalities into employment areas, each connected (by the
 * bundled `border`/`water` adjacency, or `neighbourPairs` replacing it) and at or above the
 * minimum (20 000 unless given); returns each municipality's area number, 1, 2, … in order
 * of first appearance in the input.
 *
 * Of all such partitions: the most areas; then the smallest largest area; then, areas
 * compared in order of their first municipality, the first area with the smaller labour
 * force, if equal the one holding the earliest-listed municipality where they differ.
 * Exact (a pruned set-partitioning search) for every connected group of at most 30
 * municipalities — every Finnish region; a larger group is partitioned greedily and then
 * improved by re-solving each pair of neighbouring areas exactly (valid, not necessarily
 * the most areas; see `greedy.ts`, `improve.ts`). `#N/A` names a connected group whose
 * total is below the minimum: no partition exists.
 * Kannus borders only Kokkola here, Kaustinen both Kokkola and Veteli: two areas either
 * way, and Kokkola + Kannus (22 000) with Kaustinen + Veteli (21 000) beats 23 000 + 20 000.
 * @example formAreas(["Kokkola", "Kannus", "Kaustinen", "Veteli"], [20000, 2000, 1000, 20000]).value // [1, 1, 2, 2]
 */
export function formAreas(
  municipalities: Names,
  labourForce: readonly number[],
  minimum?: number | null,
  neighbourPairs?: Pairs
): Result<number[]> {
  const table = readTable(municipalities, labourForce, minimum, neighbourPairs);
  if (!table.ok) return table;
  const groups = viableGroups(table.value);
  if (!groups.ok) return groups;
  const exact = groups.value.map((rows) =>
    rows.length <= MAX_BITS ? exactGroup(rows, table.value) : null
  );
  const greedy = groups.value.map((rows, i) =>
    exact[i] ? [] : improvePairs(greedyAreas(rows, table.value), table.value)
  );
  const largest = Math.max(
    ...exact.map((e) => e?.best.largest ?? 0),
    ...greedy.flat().map((area) => weightOf(area, table.value.weights))
  );
  const areas = groups.value
    .flatMap((_, i) => exact[i]?.areas(largest) ?? greedy[i])
    .sort((a, b) => a[0] - b[0]);
  const number = new Array<number>(municipalities.length);
  areas.forEach((area, a) => area.forEach((r) => (number[r] = a + 1)));
  return ok(number);
}
