/** The languages the add-in speaks, and how one is picked. */
export type Language = "fi" | "sv" | "en";

export const LANGUAGES: readonly Language[] = ["fi", "sv", "en"];

/**
 * Picks fi, sv or en from a BCP 47 tag such as "sv-FI" (Office's display language or the
 * browser's); anything else falls back to English.
 * @example pickLanguage("sv-FI") // "sv"
 */
export function pickLanguage(tag: string | undefined | null): Language {
  const primary = (tag ?? "").toLowerCase().split("-")[0];
  return primary === "fi" || primary === "sv" ? primary : "en";
}
