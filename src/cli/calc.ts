import { jsonOf, shown } from "./cellValues";
import { CliError, EXIT } from "./cliError";
import { cliLanguage, type CliLanguage } from "./cliLanguage";
import { cliMessage } from "./cliMessage";
import { differences, key, plan } from "./plan";
import type { Planned } from "./spillPlan";
import { writeAtomically } from "./atomicWrite";
import { editPackage, editsOf } from "./writeWorkbook";
import { sameFile } from "./sameFile";

export interface CalcOptions {
  readonly json?: boolean;
  readonly check?: boolean;
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly quiet?: boolean;
  /** The language of the messages (default: the user's, from the locale). */
  readonly lang?: CliLanguage;
}

/** A spilled result as rows (as the file records it: array formulas only), else the value. */
const resultJson = (p: Planned) =>
  p.arrayRef !== undefined &&
  p.computed.spills &&
  !(p.rows.length === 1 && p.rows[0][0] !== null && typeof p.rows[0][0] === "object")
    ? p.rows.map((r) => r.map(jsonOf))
    : jsonOf(p.rows[0][0]);

/**
 * `tyoalue calc`: prints, checks and writes (see the README's "Command-line calculator").
 * Returns the exit status: 0, or 1 when `--check` finds differences. Messages (the check's
 * lines and summary, error values' messages) come in `options.lang`; JSON keys, error codes,
 * cell keys and the tab-separated values do not change with it.
 */
export async function calc(file: string, options: CalcOptions): Promise<number> {
  const lang = options.lang ?? cliLanguage();
  if (options.out && sameFile(file, options.out) && !options.inPlace)
    throw new CliError("output.isInput", { path: options.out }, EXIT.usage);
  const { book, plans } = plan(file, lang);
  const diffs = options.check ? differences(plans) : [];
  const write = (s: string) => process.stdout.write(s);
  if (options.json) {
    const values = Object.fromEntries(plans.map((p) => [key(p), resultJson(p)]));
    const doc = options.check
      ? {
          values,
          differences: diffs.map((d) => ({
            ...d,
            cached: jsonOf(d.cached),
            recalculated: jsonOf(d.recalculated),
          })),
        }
      : values;
    write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (options.check) {
    for (const d of diffs) {
      const line = { cell: d.cell, cached: shown(d.cached), recalculated: shown(d.recalculated) };
      write(`${cliMessage("check.difference", line, lang)}\n`);
    }
  } else if (!options.quiet) {
    for (const p of plans) write(`${key(p)}\t${JSON.stringify(resultJson(p))}\n`);
  }
  if (options.out)
    writeAtomically(options.out, await editPackage(book.pkg.bytes, editsOf(book, plans)));
  if (options.check) {
    if (!options.quiet && !options.json)
      process.stderr.write(
        `${cliMessage("check.summary", { differ: diffs.length, total: plans.length }, lang)}\n`
      );
  }
  return diffs.length > 0 ? EXIT.differences : EXIT.ok;
}
