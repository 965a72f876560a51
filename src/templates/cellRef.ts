/** A1-style references for the builder: one cell or a rectangle on the same sheet. */

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

export interface RangeAddress {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/;

/** Column letters to a 1-based index: "A" → 1, "AA" → 27. */
export const colIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A 1-based column index to letters: 27 → "AA". */
export const colLetters = (index: number): string => {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Parses "B5"; throws on anything else (specs are code-reviewed data, a typo must stop the build). */
export const parseCell = (ref: string): CellAddress => {
  const m = CELL.exec(ref.toUpperCase());
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
};

/** Parses "B5:C14" or "B5" into a rectangle. */
export const parseRange = (ref: string): RangeAddress => {
  const [a, b = a] = ref.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
};

/** "B5" from 1-based row and column. */
export const cellName = (row: number, col: number): string => `${colLetters(col)}${row}`;

/** "B5:B30" for a block of `rows`×`cols` starting at `ref`. */
export const blockRef = (ref: string, rows: number, cols: number): string => {
  const p = parseCell(ref);
  return `${ref}:${cellName(p.row + rows - 1, p.col + cols - 1)}`;
};

/** True when `s` looks like a cell or range reference. */
export const isReference = (s: string): boolean =>
  s.split(":").every((part) => CELL.test(part.toUpperCase()));
