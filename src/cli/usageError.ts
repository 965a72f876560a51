import type { CliLanguage } from "./cliLanguage";
import { cliMessage } from "./cliMessage";

/**
 * commander's usage errors (commander 14, lib/command.js), each read back into a message of
 * the CLI's catalogue: the pattern of its English line and the catalogue's id.
 */
const FORMS: readonly [RegExp, (m: RegExpExecArray, lang: CliLanguage) => string][] = [
  [
    /^error: missing required argument '(.+)'$/,
    (m, l) => cliMessage("usage.missingArgument", { name: m[1] }, l),
  ],
  [
    /^error: option '(.+)' argument missing$/,
    (m, l) => cliMessage("usage.optionArgument", { option: m[1] }, l),
  ],
  [
    /^error: unknown option '(.+)'$/,
    (m, l) => cliMessage("usage.unknownOption", { option: m[1] }, l),
  ],
  [
    /^error: unknown command '(.+)'$/,
    (m, l) => cliMessage("usage.unknownCommand", { command: m[1] }, l),
  ],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, l) =>
      cliMessage(
        "usage.tooManyArguments",
        { command: m[1] ?? "tyoalue", expected: m[2], got: m[3] },
        l
      ),
  ],
  [/^\(Did you mean (.+)\?\)$/, (m, l) => cliMessage("usage.didYouMean", { suggestion: m[1] }, l)],
];

/**
 * A usage error as commander writes it (one or more lines), in the CLI's language: each line
 * of a known form becomes its catalogue message; anything else is left as commander wrote it.
 * @example usageError("error: unknown option '--jsn'\n(Did you mean --json?)\n", "sv") // "fel: okänt alternativ '--jsn'\n(Menade du --json?)\n"
 */
export function usageError(text: string, lang: CliLanguage): string {
  return text
    .split("\n")
    .map((line) => {
      for (const [pattern, render] of FORMS) {
        const m = pattern.exec(line);
        if (m) return render(m, lang);
      }
      return line;
    })
    .join("\n");
}
