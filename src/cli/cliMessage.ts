import { fill } from "../core/messages/fill";
import { cliLanguage, type CliLanguage } from "./cliLanguage";
import { en, type CliMessageId } from "./messages/en";
import { fi } from "./messages/fi";
import { sv } from "./messages/sv";

export type { CliMessageId } from "./messages/en";

/** The CLI's runtime messages per language: one catalogue, ids from `en`. */
export const CLI_MESSAGES: Readonly<Record<CliLanguage, Readonly<Record<CliMessageId, string>>>> = {
  en,
  fi,
  sv,
};

/** The `{placeholders}` of a template, as a union of their names. */
type Placeholders<T extends string> = T extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The values a message takes: one per placeholder of its English template. */
export type CliMessageParams<K extends CliMessageId> = Readonly<
  Record<Placeholders<(typeof en)[K]>, string | number>
>;

/**
 * A message of the CLI in a language (by default the user's, from LC_ALL/LC_MESSAGES/LANG).
 * Numbers are filled in as they are (`String(n)`), the same in every language.
 * @example cliMessage("file.missing", { path: "a.xlsx" }, "fi") // "a.xlsx: tiedostoa ei ole"
 */
export function cliMessage<K extends CliMessageId>(
  id: K,
  params: CliMessageParams<K>,
  lang: CliLanguage = cliLanguage()
): string {
  return fill(CLI_MESSAGES[lang][id], params as Record<string, string | number>);
}
