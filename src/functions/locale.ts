import { localeOf, type Locale } from "../core";
import { CATALOGUE } from "./catalogue";

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

type Labels = Readonly<Record<string, string>>;

/** { parameter id: the name IntelliSense shows } in one language, from the catalogue entries. */
function labelsOf(locale: Exclude<Locale, "en">): Labels {
  const map: Record<string, string> = {};
  for (const entry of CATALOGUE) for (const p of entry.parameters) map[p.id] = p.name[locale];
  return map;
}

const LABELS: Partial<Record<Locale, Labels>> = { en: {} };

/** The parameter name the user sees in IntelliSense for an English parameter id. */
export function paramLabel(locale: Locale): (argId: string) => string {
  const map = (LABELS[locale] ??= labelsOf(locale as Exclude<Locale, "en">));
  return (argId) => (Object.prototype.hasOwnProperty.call(map, argId) ? map[argId] : argId);
}
