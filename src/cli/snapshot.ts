import type { Command } from "commander";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { snapshotPackage } from "../templates/package/snapshotPackage";
import { CliError } from "./cli-error";
import { readWorkbook } from "./read-workbook";
import { command, outcome } from "./registry";

/** Where the command writes its one line: injectable for tests. */
export interface SnapshotIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleIo: SnapshotIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`tyoalue: ${l}\n`),
};

/**
 * `tyoalue snapshot <in.xlsx> <out.xlsx>`: replaces every TYOALUE formula by its cached value
 * and adds a note sheet saying so. Returns the exit code: 0 done, 2 unreadable or corrupt
 * input (one-line error). The output is written to a temporary file beside it and renamed,
 * so a failure never leaves a partial file.
 */
export async function runSnapshot(
  input: string,
  output: string,
  io: SnapshotIo = consoleIo
): Promise<number> {
  let bytes: Buffer;
  try {
    // The same gate as `calc`: a zip that Excel's format reader accepts whole. The package
    // rewrite below works on the XML text and would carry a broken part through unnoticed.
    await readWorkbook(input);
    bytes = await readFile(input);
  } catch (e) {
    if (e instanceof CliError) io.err(`snapshot: ${e.message}`);
    else
      io.err(`snapshot: cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 2;
  }
  let result: Awaited<ReturnType<typeof snapshotPackage>>;
  try {
    result = await snapshotPackage(bytes);
  } catch (e) {
    io.err(`snapshot: ${input}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, result.bytes);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    io.err(`snapshot: cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 2;
  }
  io.out(`snapshot: replaced ${result.replaced} TYOALUE formulas with their values → ${output}`);
  return 0;
}

command((program: Command) =>
  program
    .command("snapshot")
    .description(
      "replace every TYOALUE formula by its cached value and add a note sheet, for recipients without the add-in"
    )
    .argument("<in>", "the workbook to read (.xlsx)")
    .argument("<out>", "the workbook to write (.xlsx); written whole or not at all")
    .action(async (input: string, output: string) => {
      outcome.exitCode = await runSnapshot(input, output);
    })
);
