import type { Locale } from "./formatNumber";

/** The product's languages in the order the task pane offers them. */
export const LOCALES: readonly Locale[] = ["fi", "sv", "en"];

/**
 * The product's language for a BCP 47 tag such as Office's display language or the
 * browser's: the primary subtag decides (fi-FI → fi; sv-FI, sv-SE → sv), anything else is
 * English — including `fil-PH` (Filipino), which merely starts with the letters "fi".
 * @example localeOf("sv-FI") // "sv"
 * @example localeOf("fil-PH") // "en"
 * @example localeOf("FI") // "fi"
 */
export function localeOf(tag: string | undefined | null): Locale {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "fi" || primary === "sv" ? primary : "en";
}
