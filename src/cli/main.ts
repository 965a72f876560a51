#!/usr/bin/env node
import { Command } from "commander";
import "./commands";
import { CliError } from "./cli-error";
import { outcome, registeredCommands } from "./registry";

/** Builds the `tyoalue` program with every registered subcommand. */
export function program(): Command {
  const p = new Command("tyoalue")
    .description("Työllisyysalue: compute workbooks that use the TYOALUE functions, without Excel")
    .showHelpAfterError();
  for (const register of registeredCommands()) register(p);
  return p;
}

/** Runs the CLI; resolves to the exit status. Errors become one line on stderr. */
export async function run(argv: readonly string[]): Promise<number> {
  outcome.exitCode = 0;
  try {
    await program()
      .exitOverride()
      .parseAsync([...argv], { from: "user" });
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`tyoalue: ${e.message}\n`);
      return e.exitCode;
    }
    const code = (e as { exitCode?: number; code?: string }).exitCode;
    if (typeof code === "number") return code; // commander already printed usage or help
    process.stderr.write(`tyoalue: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}
