/**
 * The comparison table at the top of the comparison sheet: one row per figure, one column
 * per scenario (each cell a reference into its block), and a ≠ column naming the
 * scenarios whose figure differs from the first's.
 */
import { cellAddress, columnLetters } from "../../core";
import { differsFormula } from "../../host/differs";
import {
  NumberFormats as F,
  type ConditionalFormatSpec,
  type NumberFormat,
} from "../../host/SheetSpec";
import { result, text, type Grid } from "./cells";
import type { BlockRefs } from "./compareBlock";
import type { CompareLabels } from "./CompareLabels";
import type { BlockFigure } from "./compareParams";

/** The figures compared, top to bottom, with their number formats. */
export const COMPARED: readonly (readonly [BlockFigure, NumberFormat])[] = [
  ["memberCount", F.count],
  ["labourForce", F.count],
  ["meetsMinimum", F.general],
  ["shortfall", F.count],
  ["contiguous", F.general],
  ["subsidyTotal", F.euros],
  ["paymentCap", F.euros],
  ["budget", F.euros],
  ["headroom", F.euros],
  ["budget1", F.euros],
  ["headroom1", F.euros],
  ["budget2", F.euros],
  ["headroom2", F.euros],
  ["staffNeeded0", F.count],
  ["staffNeeded1", F.count],
  ["staffNeeded2", F.count],
  ["staffTotal", F.count],
  ["transferFte", F.fte],
];

/** The figures compared; with a lead scenario among them, first each one's cost-sharing model. */
export const comparedFigures = (lead: boolean): typeof COMPARED =>
  lead ? [["model", F.general], ...COMPARED] : COMPARED;

/** The label of each compared figure (the budget's without "joint authority" when `lead`). */
export function figureLabel(key: BlockFigure, l: CompareLabels, lead = false): string {
  const R = l.plan.results;
  const labels: Partial<Record<BlockFigure, string>> = {
    model: l.costSharing,
    memberCount: l.memberCount,
    labourForce: R.labourForce,
    meetsMinimum: R.meetsMinimum,
    shortfall: R.shortfall,
    contiguous: R.contiguous,
    subsidyTotal: l.subsidyTotal,
    paymentCap: R.paymentCap,
    budget: lead ? l.plan.years.budget : l.plan.params.budget,
    headroom: R.headroom,
    budget1: l.planningBudgets[0],
    headroom1: l.planningHeadrooms[0],
    budget2: l.planningBudgets[1],
    headroom2: l.planningHeadrooms[1],
    staffNeeded0: R.staffNeeded[0],
    staffNeeded1: R.staffNeeded[1],
    staffNeeded2: R.staffNeeded[2],
    staffTotal: R.staffTotal,
    transferFte: l.plan.params.transferFte,
  };
  return labels[key] ?? key;
}

/**
 * A ≠ marker: the names (header cells on row `headRow`) of the columns `cols` whose
 * `differs(col)` holds, joined with ", " ("" when none).
 */
export function markerFormula(
  cols: readonly number[],
  headRow: number,
  differs: (col: number) => string
): string {
  const parts = cols.map((c) => `IF(${differs(c)},", "&${columnLetters(c)}$${headRow},"")`);
  return `=MID(${parts.join("&")},3,999)`;
}

/** Writes the table with its header on row `head` (`lead`: any lead scenario); returns its highlight. */
export function compareTable(
  g: Grid,
  names: readonly string[],
  blocks: readonly BlockRefs[],
  l: CompareLabels,
  head: number,
  lead = false
): ConditionalFormatSpec[] {
  const n = names.length;
  g.put(head, 0, text(l.figure, "header"));
  names.forEach((name, k) => g.put(head, 1 + k, text(name, "header")));
  g.put(head, n + 1, text(`${l.differsFrom} ${names[0]}`, "header"));
  const others = names.slice(1).map((_, k) => 2 + k);
  const figures = comparedFigures(lead);
  figures.forEach(([key, format], i) => {
    const r = head + 1 + i;
    g.put(r, 0, text(figureLabel(key, l, lead)));
    blocks.forEach((b, k) => g.put(r, 1 + k, result(`=${b.figures[key]}`, format)));
    const differs = (c: number) => differsFormula(cellAddress(r - 1, c), `$B${r}`);
    if (n > 1) g.put(r, n + 1, result(markerFormula(others, head, differs)));
  });
  if (n < 2) return [];
  const last = head + figures.length;
  return [{ range: `C${head + 1}:${columnLetters(n)}${last}`, differsFrom: "B" }];
}
