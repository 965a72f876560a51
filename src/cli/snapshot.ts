import { snapshotZip } from "../templates/package/snapshotPackage";
import { writeAtomically } from "./atomicWrite";
import { differences, plan } from "./plan";
import { CliError, EXIT } from "./cliError";
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
}

const consoleIo: SnapshotIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`tyoalue: ${l}\n`),
};

/** Up to five cells named, then how many more. */
const named = (cells: readonly string[]) =>
  cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");

/**
 * `tyoalue snapshot <in.xlsx> <out.xlsx>`: recalculates first; when every cached value is
 * current (or with `--recalculate`, after refreshing them), replaces every TYOALUE formula by
 * its value and adds a note sheet. Returns the exit status: 0 done; 1 stale cached values
 * (named); 2 unreadable input or unwritable output; 64 the output is the input without
 * `--in-place`. The output is written whole or not at all.
 */
export async function runSnapshot(
  input: string,
  output: string,
  io: SnapshotIo = consoleIo,
  options: SnapshotOptions = {}
): Promise<number> {
  try {
    if (sameFile(input, output) && !options.inPlace)
      throw new CliError(`${output} is the input: add --in-place to overwrite it`, EXIT.usage);
    const { book, plans } = plan(input);
    const stale = differences(plans);
    if (stale.length > 0 && !options.recalculate) {
      io.err(
        `snapshot: ${input}: ${stale.length} cached values are stale (${named(stale.map((d) => d.cell))}); ` +
          "run calc --out first, or add --recalculate to freeze the recalculated values"
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
      io.out(`snapshot: replaced ${replaced} TYOALUE formulas with their values → ${output}`);
    return EXIT.ok;
  } catch (e) {
    io.err(`snapshot: ${e instanceof Error ? e.message : String(e)}`);
    return e instanceof CliError ? e.exitCode : EXIT.file;
  }
}
