import type { Locale } from "../core";
import fi from "./l10n/fi.json";
import sv from "./l10n/sv.json";

/** The product's languages from a BCP 47 tag: fi-FI → fi, sv-FI/sv-SE → sv, anything else → en. */
export function localeOf(tag: string | undefined | null): Locale {
  const t = (tag ?? "").toLowerCase();
  if (t.startsWith("fi")) return "fi";
  if (t.startsWith("sv")) return "sv";
  return "en";
}

/**
 * The user's Office display language (File > Options > Language), which is also the
 * language Excel shows the functions' names in. In the shared runtime `Office.context`
 * is available to the custom functions; outside Office (tests, the engine) it is English.
 */
export function displayLocale(): Locale {
  try {
    return localeOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

type Table = Record<string, { parameters: Record<string, { name: string }> }>;

function labels(table: Table): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const f of Object.values(table)) {
    for (const [id, p] of Object.entries(f.parameters)) if (!map.has(id)) map.set(id, p.name);
  }
  return map;
}

const LABELS: Record<Locale, ReadonlyMap<string, string>> = {
  en: new Map(),
  fi: labels(fi),
  sv: labels(sv),
};

/** The parameter name the user sees in IntelliSense for an English parameter id. */
export function paramLabel(locale: Locale): (argId: string) => string {
  const map = LABELS[locale];
  return (argId) => map.get(argId) ?? argId;
}
