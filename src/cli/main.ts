#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { CliError, EXIT } from "./cliError";
import { cliLanguage } from "./cliLanguage";
import { cliTexts } from "./cliTexts";
import { loadActions } from "./loadActions";
import { usageError } from "./usageError";
import type { CalcOptions } from "./calc";
import type { SnapshotOptions } from "./snapshot";

/** The package version (the bundler inlines package.json). */
const version = (): string => (require("../../package.json") as { version: string }).version;

/** The commands' code: the engine and the package code, loaded only when a command runs. */
const actions = () => loadActions(__dirname);

const state = { exitCode: 0 };

/** Builds the `tyoalue` program; the commands' code is loaded only when one runs. */
export function program(lang = cliLanguage()): Command {
  const t = cliTexts(lang);
  const p = new Command("tyoalue")
    .description(t.program)
    .version(version(), "-V, --version", t.version)
    .helpOption("-h, --help", t.help)
    .helpCommand(false)
    .usage(`[${t.options}] [${t.command}]`)
    .configureHelp({
      styleTitle: (s) => t.titles[s] ?? s,
      subcommandTerm: (c) => `${c.name()} ${c.usage()}`,
    })
    .addHelpText("after", `\n${t.exits}`)
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(usageError(text, lang)) })
    .exitOverride(); // subcommands inherit it and the output: usage errors come back to run()
  p.command("calc")
    .description(t.calc)
    .helpOption("-h, --help", t.help)
    .argument("<workbook.xlsx>", t.workbook)
    .usage(`[${t.options}] <workbook.xlsx>`)
    .option("--json", t.json)
    .option("--check", t.check)
    .option("--out <file.xlsx>", t.out)
    .option("--in-place", t.inPlace)
    .option("-q, --quiet", t.quiet)
    .action(async (file: string, options: CalcOptions) => {
      const { calc } = actions();
      state.exitCode = (await calc(file, { ...options, lang })) ?? EXIT.ok;
    });
  p.command("snapshot")
    .description(t.snapshot)
    .helpOption("-h, --help", t.help)
    .argument("<in>", t.snapshotIn)
    .argument("<out>", t.snapshotOut)
    .usage(`[${t.options}] <in> <out>`)
    .option("--recalculate", t.recalculate)
    .option("--in-place", t.inPlace)
    .option("-q, --quiet", t.quiet)
    .action(async (input: string, output: string, options: SnapshotOptions) => {
      const { runSnapshot } = actions();
      state.exitCode = await runSnapshot(input, output, undefined, { ...options, lang });
    });
  return p;
}

/**
 * Runs the CLI; resolves to the exit status (0 done, 1 differences, 2 file refused or
 * unreadable/unwritable, 64 usage). Errors become one line on stderr, in the user's language.
 */
export async function run(argv: readonly string[]): Promise<number> {
  state.exitCode = EXIT.ok;
  const lang = cliLanguage();
  try {
    await program(lang).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`tyoalue: ${e.text(lang)}\n`);
      return e.exitCode;
    }
    // commander has printed help, the version, or a usage error with the usage
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`tyoalue: ${String((e as Error).message).split("\n")[0]}\n`);
    return EXIT.file;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  // Never process.exit(): stdout to a pipe is asynchronous and would be cut.
  void run(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
