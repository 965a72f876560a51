import { fail, ok, type CalcError, type Result } from "../result";
import { adjacencyFromPairs, bundledAdjacency } from "./adjacency";
import { findMunicipality } from "./lookup";

/** The detail behind CONTIGUOUS, for the wizard. */
export interface ContiguityReport {
  /** True when the members form one connected area. */
  readonly connected: boolean;
  /** Members grouped into connected parts (codes), in input order. */
  readonly components: readonly (readonly string[])[];
  /** `point` contacts between members of different parts: confirming one would join them. */
  readonly pointContacts: readonly { readonly a: string; readonly b: string }[];
}

/** Resolves a list of municipalities to codes: unknown → `#N/A`, listed twice → `#VALUE!`. */
export function members(list: readonly (string | number)[]): Result<string[]> {
  const arg = "municipalities";
  if (list.length === 0) return fail({ code: "#VALUE!", message: "shape.empty", arg });
  const ids: string[] = [];
  const first = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const at = list.length > 1 ? { at: { row: i + 1 } } : {};
    const id = findMunicipality(list[i])?.code;
    if (id === undefined) {
      const error: CalcError = {
        code: "#N/A",
        message: "municipality.unknown",
        arg,
        ...at,
        params: { text: String(list[i]) },
      };
      return fail(error);
    }
    const seen = first.get(id);
    if (seen !== undefined) {
      return fail({
        code: "#VALUE!",
        message: "municipality.duplicate",
        arg,
        ...at,
        params: { name: String(list[i]), first: seen + 1 },
      });
    }
    first.set(id, i);
    ids.push(id);
  }
  return ok(ids);
}

/**
 * Whether the municipalities form one geographically connected area, with the parts and
 * any `point` contacts that would join parts if confirmed. Bundled adjacency counts
 * `border` and `water` pairs; `neighbourPairs` (n×2 codes or names) replaces it entirely.
 * Unknown municipality (among the members or anywhere in `neighbourPairs`): `#N/A`; a
 * municipality listed twice: `#VALUE!`.
 * @example contiguity(["Kokkola", "Kannus", "Perho"]).value?.components // [["272", "217"], ["584"]]
 */
export function contiguity(
  municipalities: readonly (string | number)[],
  neighbourPairs?: readonly (readonly (string | number)[])[] | null
): Result<ContiguityReport> {
  const custom = neighbourPairs !== undefined && neighbourPairs !== null;
  const adjacency = custom ? adjacencyFromPairs(neighbourPairs) : ok(bundledAdjacency());
  if (!adjacency.ok) return adjacency;
  const { neighbours, points } = adjacency.value;
  const m = members(municipalities);
  if (!m.ok) return m;
  const ids = m.value;
  const position = new Map(ids.map((id, i) => [id, i]));
  const part = new Map<string, number>();
  const components: string[][] = [];
  for (const start of ids) {
    if (part.has(start)) continue;
    const queue = [start];
    part.set(start, components.length);
    for (let q = 0; q < queue.length; q++) {
      for (const next of neighbours.get(queue[q]) ?? []) {
        if (position.has(next) && !part.has(next))
          (part.set(next, components.length), queue.push(next));
      }
    }
    const group = queue.map((id) => position.get(id)!).sort((a, b) => a - b);
    components.push(group.map((k) => ids[k]));
  }
  const pointContacts: { a: string; b: string }[] = [];
  for (const a of ids) {
    for (const b of points.get(a) ?? []) {
      if (a < b && part.has(b) && part.get(a) !== part.get(b)) pointContacts.push({ a, b });
    }
  }
  return ok({ connected: components.length === 1, components, pointContacts });
}

/**
 * CONTIGUOUS: true when the municipalities form one geographically connected area.
 * @example contiguous(["Isojoki", "Karijoki", "Teuva", "Kauhajoki", "Kristiinankaupunki", "Kurikka"]).value // true
 */
export function contiguous(
  municipalities: readonly (string | number)[],
  neighbourPairs?: readonly (readonly (string | number)[])[] | null
): Result<boolean> {
  const r = contiguity(municipalities, neighbourPairs);
  return r.ok ? ok(r.value.connected) : r;
}
