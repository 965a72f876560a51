import { columnIndex, columnLetters } from "./column";

/** A cell's 0-based row and column. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** "B5", "$B$5" or "b5" (rows from 1; sheet names are not part of it). */
const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/i;

/**
 * The A1 address of a 0-based (row, col).
 * @example cellAddress(311, 1) // "B312"
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The absolute A1 address of a 0-based (row, col).
 * @example absoluteCellAddress(4, 1) // "$B$5"
 */
export function absoluteCellAddress(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/**
 * Parses "B3" (also "$B$3") into its 0-based row and column; throws on anything else
 * (callers pass addresses they wrote or Excel returned: a bad one is a programming error).
 * @example parseCell("$AF$20") // { row: 19, col: 31 }
 */
export function parseCell(address: string): CellAddress {
  const m = CELL.exec(address);
  if (!m) throw new Error(`not a cell reference: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** True when `text` is one cell reference ("B5", "$B$5"). */
export function isCellReference(text: string): boolean {
  return CELL.test(text);
}
