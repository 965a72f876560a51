/** The codes of the members' neighbours that are not members themselves (core adjacency). */
import { findMunicipality, neighbours } from "../../core";

export function neighbourCodes(members: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of members) {
    const r = neighbours(code);
    if (!r.ok) continue;
    for (const name of r.value) {
      const m = findMunicipality(name);
      if (m && !members.includes(m.code)) out.add(m.code);
    }
  }
  return [...out];
}
