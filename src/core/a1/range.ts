import { cellAddress, isCellReference, parseCell } from "./cell";

/** A rectangle of cells, 0-based and inclusive, top-left to bottom-right. */
export interface RangeAddress {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses "A4:I14" (corners in any order) or a single cell into 0-based corners.
 * @example parseRange("A4:I14") // { top: 3, left: 0, bottom: 13, right: 8 }
 */
export function parseRange(address: string): RangeAddress {
  const [a, b = a] = address.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * The A1 address of a rectangle; one cell gives "B5".
 * @example rangeAddress({ top: 0, left: 0, bottom: 9, right: 2 }) // "A1:C10"
 */
export function rangeAddress(r: RangeAddress): string {
  const from = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right
    ? from
    : `${from}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * The block of `rows`×`cols` cells starting at `ref`.
 * @example blockAddress("B26", 26, 1) // "B26:B51"
 */
export function blockAddress(ref: string, rows: number, cols: number): string {
  const p = parseCell(ref);
  return `${ref}:${cellAddress(p.row + rows - 1, p.col + cols - 1)}`;
}

/** True when `text` is a cell or a range reference ("B4", "B4:B13"). */
export function isReference(text: string): boolean {
  const parts = text.split(":");
  return parts.length <= 2 && parts.every(isCellReference);
}

/** True when the 0-based (row, col) lies inside the rectangle. */
export function inRange(r: RangeAddress, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
