/**
 * Dynamic-array spills in the fake Excel: an anchor cell carries `spill` (its range, anchor
 * included); the spilled cells carry plain values, as Excel reports them.
 */
import { cellAddress, parseRange } from "../../../src/core";
import type { FakeCell, Sheet } from "./fakeExcel";

/** The cells of an A1 range as 0-based [row, col] pairs, row by row. */
export function cellsOf(addr: string): [number, number][][] {
  const { top, left, bottom, right } = parseRange(addr);
  return Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => [top + r, left + c] as [number, number])
  );
}

const inRange = (addr: string, r: number, c: number) => {
  const { top, left, bottom, right } = parseRange(addr);
  return r >= top && r <= bottom && c >= left && c <= right;
};

/** Empties the spill of `anchor` (not the anchor itself): the array no longer spills. */
export function dropSpill(sheet: Sheet, anchor: FakeCell): void {
  cellsOf(anchor.spill!)
    .flat()
    .forEach(([r, c]) => {
      const cell = sheet.cells.get(cellAddress(r, c));
      if (cell && cell !== anchor && cell.formula === undefined) delete cell.value;
    });
  delete anchor.spill;
}

/** Writing into a live spill blocks it: its anchor shows #SPILL!. */
export function blockSpills(
  sheet: Sheet,
  anchors: FakeCell[],
  r: number,
  c: number,
  written: FakeCell
): void {
  for (const anchor of anchors)
    if (anchor !== written && anchor.spill && inRange(anchor.spill, r, c)) {
      dropSpill(sheet, anchor);
      anchor.value = "#SPILL!";
    }
}

/** A string Excel reads as a number when it lands in a cell that is not text ("@"). */
export const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
