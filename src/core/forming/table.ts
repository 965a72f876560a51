import { totalAndMinimum } from "../area/meetsMinimum";
import { fail, ok, type Result } from "../result";
import { adjacencyFromPairs, bundledAdjacency } from "../registry/adjacency";
import { members } from "../registry/contiguity";
import { findMunicipality } from "../registry/lookup";
import { checkSameLength } from "../schemas/validate";

/** Municipality list and adjacency argument shapes, as the other registry calculations take them. */
export type Names = readonly (string | number)[];
export type Pairs = readonly (readonly (string | number)[])[] | null | undefined;

/**
 * A table of municipalities with their labour force, as a graph: node i is row i of the
 * table; `links[i]` lists the rows adjacent to it (ascending), by the bundled adjacency
 * (`border` and `water`) or by `neighbourPairs`, which replaces it entirely.
 */
export interface Table {
  /** Municipality codes, in table order. */
  readonly ids: readonly string[];
  /** Finnish names, in table order. */
  readonly names: readonly string[];
  readonly weights: readonly number[];
  readonly links: readonly (readonly number[])[];
  readonly minimum: number;
}

/** Validates the table (unknown → `#N/A`, twice → `#VALUE!`, counts, equal lengths) and links it. */
export function readTable(
  municipalities: Names,
  labourForce: readonly number[],
  minimum: number | null | undefined,
  neighbourPairs: Pairs
): Result<Table> {
  const custom = neighbourPairs !== undefined && neighbourPairs !== null;
  const adjacency = custom ? adjacencyFromPairs(neighbourPairs) : ok(bundledAdjacency());
  if (!adjacency.ok) return adjacency;
  const m = members(municipalities);
  if (!m.ok) return m;
  const lengths = checkSameLength(municipalities, "municipalities", labourForce, "labourForce");
  if (lengths) return fail(lengths);
  const checked = totalAndMinimum(labourForce, minimum);
  if (!checked.ok) return checked;
  const ids = m.value;
  const row = new Map(ids.map((id, i) => [id, i]));
  const links = ids.map((id) =>
    [...(adjacency.value.neighbours.get(id) ?? [])]
      .map((other) => row.get(other))
      .filter((j): j is number => j !== undefined)
      .sort((a, b) => a - b)
  );
  const names = ids.map((id) => findMunicipality(id)!.fi);
  return ok({ ids, names, weights: labourForce, links, minimum: checked.value.minimum });
}
