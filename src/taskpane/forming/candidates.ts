/** Municipalities that could join an area: the members' neighbours and their neighbours. */
import { bundledAdjacency, findMunicipality } from "../../core";

const collator = new Intl.Collator("fi");

/**
 * Codes of the municipalities within two borders of the members (bundled `border`/`water`
 * adjacency), members and Åland excluded, in Finnish alphabetical order.
 * @example candidateCodes(["403"]).includes("934") // true: Lappajärvi borders Vimpeli
 */
export function candidateCodes(members: readonly string[]): string[] {
  const links = bundledAdjacency().neighbours;
  const inner = new Set(members);
  const ring = new Set<string>();
  for (const m of members) for (const n of links.get(m) ?? []) ring.add(n);
  for (const n of [...ring]) for (const nn of links.get(n) ?? []) ring.add(nn);
  return [...ring]
    .filter((c) => !inner.has(c) && findMunicipality(c) && !findMunicipality(c)!.aland)
    .sort((a, b) => collator.compare(findMunicipality(a)!.fi, findMunicipality(b)!.fi));
}
