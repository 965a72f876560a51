/** A1-reference helpers shared by both hosts. */

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A1 address of a 0-based (row, col). */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Parses "B3" into 0-based { row, col }; throws on anything else (a programming error). */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses "A4:I14" (or a single cell) into 0-based corners. */
export function parseRange(address: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [a, b = a] = address.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Quotes a sheet name for use in a formula or address: `'Plan (2)'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
