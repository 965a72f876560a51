import { snapshotZip } from "../templates/package/snapshotPackage";
import { writeAtomically } from "./atomicWrite";
import { differences, plan } from "./plan";
import { CliError, EXIT } from "./cliError";
import { cliLanguage, type CliLanguage } from "./cliLanguage";
import { cliMessage } from "./cliMessage";
import { sameFile } from "./sameFile";
import { editPackage, editsOf } from "./writeWorkbook";

/** Where the command writes its one line: injectable for tests. */
export interface SnapshotIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface SnapshotOptions {
  /** Freeze recalculated values even where the cached ones are stale. */
  readonly recalculate?: boolean;
  readonly inPlace?: boolean;
  readonly quiet?: boolean;
  /** The language of the messages (default: the user's, from the locale). */
  readonly lang?: CliLanguage;
}

const consoleIo: SnapshotIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`tyoalue: ${l}\n`),
};

/** Up to five cells named, then how many more. */
const named = (cells: readonly string[], lang: CliLanguage) =>
  cells.length > 5
    ? cliMessage(
        "snapshot.more",
        { cells: cells.slice(0, 5).join(", "), more: cells.length - 5 },
        lang
      )
    : cells.join(", ");

/**
 * `tyoalue snapshot <in.xlsx> <out.xlsx>`: recalculates first; when every cached value is
 * current (or with `--recalculate`, after refreshing them), replaces every TYOALUE formula by
 * its value and adds a note sheet. Returns the exit status: 0 done; 1 stale cached values
 * (named); 2 unreadable input or unwritable output; 64 the output is the input without
 * `--in-place`. The output is written whole or not at all. Messages come in `options.lang`;
 * the note sheet is in Finnish, Swedish and English whatever the user's language, since it
 * is written for the workbook's recipients.
 */
export async function runSnapshot(
  input: string,
  output: string,
  io: SnapshotIo = consoleIo,
  options: SnapshotOptions = {}
): Promise<number> {
  const lang = options.lang ?? cliLanguage();
  try {
    if (sameFile(input, output) && !options.inPlace)
      throw new CliError("output.isInput", { path: output }, EXIT.usage);
    const { book, plans } = plan(input, lang);
    const stale = differences(plans);
    if (stale.length > 0 && !options.recalculate) {
      const cells = named(
        stale.map((d) => d.cell),
        lang
      );
      io.err(
        `snapshot: ${cliMessage("snapshot.stale", { path: input, count: stale.length, cells }, lang)}`
      );
      return EXIT.differences;
    }
    let replaced = 0;
    const edits = options.recalculate ? editsOf(book, plans) : new Map();
    const bytes = await editPackage(book.pkg.bytes, edits, async (zip) => {
      replaced = await snapshotZip(zip);
    });
    writeAtomically(output, bytes);
    if (!options.quiet)
      io.out(`snapshot: ${cliMessage("snapshot.done", { count: replaced, path: output }, lang)}`);
    return EXIT.ok;
  } catch (e) {
    const text = e instanceof CliError ? e.text(lang) : e instanceof Error ? e.message : String(e);
    io.err(`snapshot: ${text}`);
    return e instanceof CliError ? e.exitCode : EXIT.file;
  }
}
