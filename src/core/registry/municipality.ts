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
  const f = typeof field === "string" ? field.trim().toLowerCase() : (field ?? "fi");
  const bad = checkValue(Field, f, "field");
  if (bad) return fail(bad);
  const m = resolveMunicipality(query, "municipality");
  return m.ok ? ok(m.value[f as MunicipalityField]) : m;
}
