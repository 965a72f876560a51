import type { CachedValue } from "./cellValues";
import type { CliLanguage } from "./cliLanguage";
import { cliMessage } from "./cliMessage";
import { readWorkbook } from "./readWorkbook";
import { recalculate } from "./recalculate";
import { sameValue } from "./sameValue";
import { planFormula, type Planned } from "./spillPlan";

/** "Sheet!A1" of a formula. */
export const key = (p: Planned) => `${p.computed.cell.sheet}!${p.computed.cell.address}`;

/** One difference between the file and recalculation, over each formula's whole range. */
export interface Difference {
  readonly cell: string;
  readonly cached: CachedValue;
  readonly recalculated: CachedValue;
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

/**
 * Reads, recalculates and plans a workbook: what `calc` and `snapshot` share. Messages (error
 * values, the circular-reference notes on stderr) come in `lang`.
 */
export function plan(file: string, lang: CliLanguage = "en") {
  const book = readWorkbook(file);
  const plans = recalculate(book, lang).map((c) => planFormula(book, c, lang));
  for (const p of plans.filter((x) => x.circular))
    process.stderr.write(`tyoalue: ${cliMessage("calc.circular", { cell: key(p) }, lang)}\n`);
  return { book, plans };
}
