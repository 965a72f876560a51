/**
 * The exit statuses of `tyoalue` (documented in the README):
 * 0 done; 1 differences found (`calc --check`) or stale values refused (`snapshot`);
 * 2 a file cannot be read, is refused or cannot be written; 64 wrong usage (EX_USAGE of sysexits.h).
 */
export const EXIT = { ok: 0, differences: 1, file: 2, usage: 64 } as const;

/** A failure the CLI reports as one line on stderr with an exit status (2: the input cannot be used). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.file
  ) {
    super(message);
    this.name = "CliError";
  }
}
