/**
 * The one rule of "differs from the base", written once as an Excel formula (for Excel's
 * conditional formats, the .xlsx export and the sheet's own ≠ markers) and once over
 * computed values (for the preview), with a test that the engine agrees with both.
 * Comparison as Excel's `<>`: a blank equals 0, "" and FALSE; text compares without case;
 * a number never equals text. An error on either side counts as a difference (it cannot be
 * compared, and deserves a look).
 */
import { cellAddress, columnIndex, parseRange } from "../core";
import type { ConditionalFormatSpec } from "./SheetSpec";
import type { CellValue } from "./WorkbookHost";

/** How a differing cell looks, in every host (Excel's "light red fill with dark red text"). */
export const DIFFERS_LOOK = { fill: "#FFC7CE", font: "#9C0006", bold: true } as const;

/** The formula text (no "=") that is TRUE when `cell` differs from `base` (A1 references). */
export function differsFormula(cell: string, base: string): string {
  return anyDiffersFormula([[cell, base]]);
}

/** TRUE when any [cell, base] pair differs: the same rule, one IFERROR for all the pairs. */
export function anyDiffersFormula(pairs: readonly (readonly [string, string])[]): string {
  const each = pairs.map(([cell, base]) => `${cell}<>${base}`);
  return `IFERROR(${each.length > 1 ? `OR(${each.join(",")})` : each[0]},TRUE)`;
}

/** The rule of `cf` relative to its range's top-left cell, e.g. `=C5<>$B5` (with the error rule). */
export function conditionalFormula(cf: ConditionalFormatSpec): string {
  const { top, left } = parseRange(cf.range);
  return `=${differsFormula(cellAddress(top, left), `$${cf.differsFrom}${top + 1}`)}`;
}

const isError = (v: CellValue) => v !== null && typeof v === "object";

/** `differsFormula` over computed values. */
export function differs(a: CellValue, b: CellValue): boolean {
  if (isError(a) || isError(b)) return true;
  const x = a ?? blankAs(b);
  const y = b ?? blankAs(a);
  if (typeof x !== typeof y) return true;
  if (typeof x === "string") return x.toLowerCase() !== (y as string).toLowerCase();
  return x !== y;
}

const blankAs = (other: CellValue): CellValue =>
  typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;

/** The 0-based cells of `specs` that differ from their base, as "row,col" keys. */
export function differingCells(
  specs: readonly ConditionalFormatSpec[] | undefined,
  values: readonly (readonly CellValue[])[]
): Set<string> {
  const out = new Set<string>();
  for (const cf of specs ?? []) {
    const { top, left, bottom, right } = parseRange(cf.range);
    const base = columnIndex(cf.differsFrom);
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        if (differs(values[r]?.[c] ?? null, values[r]?.[base] ?? null)) out.add(`${r},${c}`);
  }
  return out;
}
