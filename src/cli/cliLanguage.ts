/** The CLI's languages: those of the rest of the product. */
export type CliLanguage = "fi" | "sv" | "en";

/**
 * The language of the user's locale, as POSIX orders the variables: LC_ALL, then
 * LC_MESSAGES, then LANG ("fi_FI.UTF-8" → fi, "sv_FI" → sv); anything else is English.
 */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === "fi" || lang === "sv" ? lang : "en";
}
