import { jsonOf, shown } from "./cellValues";
import { CliError, EXIT } from "./cliError";
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
 * Returns the exit status: 0, or 1 when `--check` finds differences.
 */
export async function calc(file: string, options: CalcOptions): Promise<number> {
  if (options.out && sameFile(file, options.out) && !options.inPlace)
    throw new CliError(`${options.out} is the input: add --in-place to overwrite it`, EXIT.usage);
  const { book, plans } = plan(file);
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
    for (const d of diffs)
      write(`${d.cell}: cached ${shown(d.cached)}, recalculated ${shown(d.recalculated)}\n`);
  } else if (!options.quiet) {
    for (const p of plans) write(`${key(p)}\t${JSON.stringify(resultJson(p))}\n`);
  }
  if (options.out)
    writeAtomically(options.out, await editPackage(book.pkg.bytes, editsOf(book, plans)));
  if (options.check) {
    if (!options.quiet && !options.json)
      process.stderr.write(
        `${diffs.length} of ${plans.length} formula cells differ from recalculation\n`
      );
  }
  return diffs.length > 0 ? EXIT.differences : EXIT.ok;
}
