import { jsonOf, shown } from "./cell-values";
import { CliError, EXIT } from "./cli-error";
import { readWorkbook } from "./read-workbook";
import { recalculate } from "./recalculate";
import { sameValue } from "./same-value";
import { planFormula, type Planned } from "./spill-plan";
import { writeAtomically } from "./atomic-write";
import { editPackage, editsOf } from "./write-workbook";
import { sameFile } from "./same-file";

export interface CalcOptions {
  readonly json?: boolean;
  readonly check?: boolean;
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly quiet?: boolean;
}

const key = (p: Planned) => `${p.computed.cell.sheet}!${p.computed.cell.address}`;

/** One difference between the file and recalculation, over each formula's whole range. */
export interface Difference {
  readonly cell: string;
  readonly cached: unknown;
  readonly recalculated: unknown;
}

/** Every owned cell whose cached value differs from recalculation (stale spill cells included). */
export function differences(plans: readonly Planned[]): Difference[] {
  const out: Difference[] = [];
  for (const p of plans) {
    const { sheet, row, col } = p.computed.cell;
    for (const c of p.cells) {
      if (sameValue(c.cached, c.value)) continue;
      const at = c.row === row && c.col === col ? "" : `[${c.row - row + 1},${c.col - col + 1}]`;
      out.push({
        cell: `${sheet}!${p.computed.cell.address}${at}`,
        cached: c.cached,
        recalculated: c.value,
      });
    }
  }
  return out;
}

const resultJson = (p: Planned) =>
  p.computed.spills &&
  !(p.rows.length === 1 && p.rows[0][0] !== null && typeof p.rows[0][0] === "object")
    ? p.rows.map((r) => r.map(jsonOf))
    : jsonOf(p.rows[0][0]);

/** Reads, recalculates and plans a workbook: what `calc` and `snapshot` share. */
export function plan(file: string) {
  const book = readWorkbook(file);
  const plans = recalculate(book).map((c) => planFormula(book, c));
  for (const p of plans.filter((x) => x.circular))
    process.stderr.write(
      `tyoalue: ${key(p)}: circular reference (written as 0, as Excel shows it)\n`
    );
  return { book, plans };
}

/** `tyoalue calc`: prints, checks and writes (see the README's "Command-line calculator"). */
/** Returns the exit status: 0, or 1 when `--check` finds differences. */
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
            cached: jsonOf(d.cached as never),
            recalculated: jsonOf(d.recalculated as never),
          })),
        }
      : values;
    write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (options.check) {
    for (const d of diffs)
      write(
        `${d.cell}: cached ${shown(d.cached as never)}, recalculated ${shown(d.recalculated as never)}\n`
      );
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
