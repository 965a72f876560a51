/** The wizard's view of the core's municipality registry (names in the user's language). */
import { allMunicipalities, findMunicipality, type Municipality } from "../../core";
import type { Language } from "../i18n";

/**
 * A municipality's name as the user reads it: Swedish in sv, Finnish otherwise; in English the
 * short name where the Finnish one is a descriptive phrase ("Pedersören kunta" → "Pedersöre").
 */
export function displayName(m: Municipality, language: Language): string {
  if (language === "sv") return m.sv;
  if (language === "en" && / kunta$/.test(m.fi)) return m.sv;
  return m.fi;
}

/** `displayName` by code; the code itself when it is not in the registry. */
export function municipalityName(code: string, language: Language): string {
  const m = findMunicipality(code);
  return m ? displayName(m, language) : code;
}

/** Municipalities of the reform (Åland excluded) matching typed text: by code, Finnish or Swedish name. */
export function searchMunicipalities(text: string, limit = 20): Municipality[] {
  const q = text.trim().toLocaleLowerCase("fi");
  const all = allMunicipalities().filter((m) => !m.aland);
  if (q === "") return all.slice(0, limit);
  const starts = (s: string) => s.toLocaleLowerCase("fi").startsWith(q);
  const has = (s: string) => s.toLocaleLowerCase("fi").includes(q);
  const ranked = [
    ...all.filter((m) => m.code === q.padStart(3, "0") || starts(m.fi) || starts(m.sv)),
    ...all.filter((m) => !(starts(m.fi) || starts(m.sv)) && (has(m.fi) || has(m.sv))),
  ];
  return [...new Set(ranked)].slice(0, limit);
}

export { findMunicipality, type Municipality };
