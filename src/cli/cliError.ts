import type { CliLanguage } from "./cliLanguage";
import { cliMessage, type CliMessageId, type CliMessageParams } from "./cliMessage";

/**
 * The exit statuses of `tyoalue` (documented in the README):
 * 0 done; 1 differences found (`calc --check`) or stale values refused (`snapshot`);
 * 2 a file cannot be read, is refused or cannot be written; 64 wrong usage (EX_USAGE of sysexits.h).
 */
export const EXIT = { ok: 0, differences: 1, file: 2, usage: 64 } as const;

/** Marks a CliError across copies of this module (main.js and actions.js each bundle one). */
const BRAND = Symbol.for("tyoalue.CliError");

/**
 * A failure the CLI reports as one line on stderr with an exit status (2: the input cannot be
 * used). It carries a message id and its values, so that it is shown in the user's language
 * (`text(lang)`); `message` is the English text. `instanceof` recognizes one made by another
 * copy of this class too: the built CLI's main.js catches what its actions.js throws.
 */
export class CliError<K extends CliMessageId = CliMessageId> extends Error {
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }

  constructor(
    readonly id: K,
    readonly params: CliMessageParams<K>,
    readonly exitCode: number = EXIT.file
  ) {
    super(cliMessage(id, params, "en"));
    this.name = "CliError";
  }

  /** The message in a language. */
  text(lang: CliLanguage): string {
    return cliMessage(this.id, this.params, lang);
  }
}
