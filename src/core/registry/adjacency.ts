import { fail, ok, type Result } from "../result";
import { PAIRS } from "./data.generated";
import { findMunicipality } from "./lookup";

/** Who borders whom: node ids are municipality codes. */
export interface Adjacency {
  /** Neighbours that count for contiguity (bundled: `border` and `water` pairs). */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Possible neighbours to confirm (bundled `point` contacts); empty for user pairs. */
  readonly points: ReadonlyMap<string, ReadonlySet<string>>;
}

function link(map: Map<string, Set<string>>, a: string, b: string): void {
  if (!map.has(a)) map.set(a, new Set());
  if (!map.has(b)) map.set(b, new Set());
  map.get(a)!.add(b);
  map.get(b)!.add(a);
}

let bundled: Adjacency | undefined;

/**
 * The bundled 2025 adjacency (841 pairs computed from Statistics Finland's polygons).
 * @example bundledAdjacency().neighbours.get("005")?.has("010") // true
 */
export function bundledAdjacency(): Adjacency {
  if (!bundled) {
    const neighbours = new Map<string, Set<string>>();
    const points = new Map<string, Set<string>>();
    for (const p of PAIRS.split(" "))
      link(p[6] === "p" ? points : neighbours, p.slice(0, 3), p.slice(3, 6));
    bundled = { neighbours, points };
  }
  return bundled;
}

/**
 * Adjacency from user-given pairs (an n×2 range of codes or names), replacing the bundled
 * data entirely, for future mergers or local knowledge. Every entry must be a municipality
 * of the registry (an unknown one is `#N/A` naming its row and column, used or not); a row
 * must have two different entries.
 * @example adjacencyFromPairs([["Kokkola", "Kannus"]]).ok // true
 * @example adjacencyFromPairs([["Kokkola", "Atlantis"]]).error?.at // { row: 1, col: 2 }
 */
export function adjacencyFromPairs(
  pairs: readonly (readonly (string | number)[])[]
): Result<Adjacency> {
  const arg = "neighbourPairs";
  if (pairs.length === 0) return fail({ code: "#VALUE!", message: "shape.empty", arg });
  const neighbours = new Map<string, Set<string>>();
  for (let r = 0; r < pairs.length; r++) {
    const row = pairs[r];
    if (row.length !== 2)
      return fail({
        code: "#VALUE!",
        message: "shape.columns",
        arg,
        params: { expected: 2, actual: row.length },
      });
    const ids = row.map((q) => findMunicipality(q)?.code);
    for (let c = 0; c < 2; c++) {
      if (ids[c] === undefined) {
        return fail({
          code: "#N/A",
          message: "municipality.unknown",
          arg,
          at: { row: r + 1, col: c + 1 },
          params: { text: String(row[c]) },
        });
      }
    }
    if (ids[0] === ids[1]) {
      return fail({
        code: "#VALUE!",
        message: "municipality.selfPair",
        arg,
        at: { row: r + 1 },
        params: { name: String(row[0]) },
      });
    }
    link(neighbours, ids[0]!, ids[1]!);
  }
  return ok({ neighbours, points: new Map() });
}
