import { fail, ok, type Result } from "../result";
import { Field } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { resolveMunicipality } from "./lookup";

/** The fields MUNICIPALITY can return. */
export type MunicipalityField = "code" | "fi" | "sv" | "region";

/**
 * MUNICIPALITY: one field of a municipality: "code" (3 digits as text), "fi" (Finnish
 * name, the default), "sv" (Swedish name) or "region" (maakunta). The field is matched
 * case-insensitively. Unknown municipality: `#N/A`; unknown field: `#VALUE!`.
 * @example municipality("Helsinki", "sv").value // "Helsingfors"
 * @example municipality(91, "code").value // "091"
 * @example municipality("Kokkola", "region").value // "Keski-Pohjanmaa"
 */
export function municipality(query: string | number, field?: string | null): Result<string> {
  const r = municipalities([query], field);
  return r.ok ? ok(r.value[0]) : r;
}

/**
 * MUNICIPALITY elementwise: the field of each municipality of a list, in order. The field
 * is checked first; an unknown municipality is `#N/A` naming its row (when the list has
 * more than one).
 * @example municipalities(["Espoo", "Vantaa"], "sv").value // ["Esbo", "Vanda"]
 * @example municipalities(["Espoo", "Atlantis"]).error?.at // { row: 2 }
 */
export function municipalities(
  queries: readonly (string | number)[],
  field?: string | null
): Result<string[]> {
  const f = typeof field === "string" ? field.trim().toLowerCase() : (field ?? "fi");
  const bad = checkValue(Field, f, "field");
  if (bad) return fail(bad);
  const out: string[] = [];
  for (let i = 0; i < queries.length; i++) {
    const at = queries.length > 1 ? { row: i + 1 } : undefined;
    const m = resolveMunicipality(queries[i], "municipality", at);
    if (!m.ok) return m;
    out.push(m.value[f as MunicipalityField]);
  }
  return ok(out);
}
