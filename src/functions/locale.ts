import { localeOf, type Locale } from "../core";
import labels from "./l10n/param-labels.json";

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

// Only the parameter names, derived from the fi/sv tables by scripts/functions-param-labels.js
// (the full tables with descriptions would add about 4 KB gzip to the functions bundle).
const LABELS: Record<Locale, Labels> = { en: {}, fi: labels.fi, sv: labels.sv };

/** The parameter name the user sees in IntelliSense for an English parameter id. */
export function paramLabel(locale: Locale): (argId: string) => string {
  const map = LABELS[locale];
  return (argId) => (Object.prototype.hasOwnProperty.call(map, argId) ? map[argId] : argId);
}
