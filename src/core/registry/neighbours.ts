import { ok, type Result } from "../result";
import { bundledAdjacency } from "./adjacency";
import { findMunicipality, resolveMunicipality } from "./lookup";

const collator = new Intl.Collator("fi");

function names(codes: Iterable<string>): string[] {
  return [...codes].map((c) => findMunicipality(c)!.fi).sort(collator.compare);
}

/**
 * NEIGHBOURS: the Finnish names of a municipality's neighbours in the bundled 2025 data
 * (`border` and `water` pairs), sorted in Finnish alphabetical order.
 * @example neighbours("Perho").value // ["Alajärvi", "Halsua", "Kinnula", "Kivijärvi", "Kyyjärvi", "Lestijärvi", "Veteli", "Vimpeli"]
 */
export function neighbours(query: string | number): Result<string[]> {
  const m = resolveMunicipality(query, "municipality");
  return m.ok ? ok(names(bundledAdjacency().neighbours.get(m.value.code) ?? [])) : m;
}

/**
 * Possible neighbours: municipalities whose generalised polygons only touch (`point`
 * contacts under 500 m); some are real short borders, some artefacts. For the user to confirm.
 */
export function possibleNeighbours(query: string | number): Result<string[]> {
  const m = resolveMunicipality(query, "municipality");
  return m.ok ? ok(names(bundledAdjacency().points.get(m.value.code) ?? [])) : m;
}
