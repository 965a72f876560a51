/**
 * Where each dynamic array of an exported sheet spilled. In the memory host a cell gets a
 * computed value without content of its own only from a spill, so a formula's spill is the
 * run of such cells below it (its height) and to its right (its width, where no other
 * formula's column spills). The file marks the
 * formula as a dynamic array over that range, as Excel saves it; the cells of the range keep
 * their cached values, so a calculator or Excel sees a spill, not constants in its way.
 */
import { cellAddress } from "../../core";
import type { CellSpec } from "../SheetSpec";
import type { CellValue } from "../WorkbookHost";

/** A-1 range of each spilling formula's result by its anchor's "row,col" (only when > 1 cell). */
export function spillRanges(
  cells: readonly (readonly CellSpec[])[],
  values: readonly (readonly CellValue[])[]
): Map<string, string> {
  const spilled = (r: number, c: number) => {
    const cell = cells[r]?.[c] ?? null;
    return (cell === null || cell.kind === "blank") && (values[r]?.[c] ?? null) !== null;
  };
  // Heights first: the cells under a formula are its own. A cell to a formula's right is its
  // only when no formula above it already spilled down through it (e.g. the column of shares
  // beside a per-row =B6 belongs to the shares' formula in row 5, not to =B6).
  const formulas: [number, number, number][] = [];
  const claimed = new Set<string>();
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind !== "formula") return;
      let height = 1;
      while (spilled(r + height, c)) claimed.add(`${r + height++},${c}`);
      formulas.push([r, c, height]);
    })
  );
  const out = new Map<string, string>();
  for (const [r, c, height] of formulas) {
    let width = 1;
    while (spilled(r, c + width) && !claimed.has(`${r},${c + width}`)) width++;
    if (width > 1 || height > 1)
      out.set(`${r},${c}`, `${cellAddress(r, c)}:${cellAddress(r + height - 1, c + width - 1)}`);
  }
  return out;
}
