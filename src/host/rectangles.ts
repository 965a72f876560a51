/**
 * Covers a set of cells with few rectangles: horizontal runs per row, then runs with the
 * same columns on consecutive rows merged downwards. Exact: every cell is covered once and
 * nothing else is. Used to send one format command per rectangle instead of per row.
 */

/** A block of cells, 0-based: top-left corner and size. */
export interface Rectangle {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Rectangles covering exactly `cells` ([row, col] pairs, any order, duplicates ignored). */
export function rectangles(cells: readonly (readonly [number, number])[]): Rectangle[] {
  const sorted = [...new Set(cells.map(([r, c]) => `${r},${c}`))]
    .map((k) => k.split(",").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const open = new Map<string, { row: number; col: number; rows: number; cols: number }>();
  const done: Rectangle[] = [];
  let row = -1;
  let runs: [number, number][] = [];
  const flushRow = () => {
    const seen = new Set<string>();
    for (const [col, cols] of runs) {
      const key = `${col}:${cols}`;
      const rect = open.get(key);
      if (rect && rect.row + rect.rows === row) rect.rows++;
      else {
        if (rect) done.push(rect);
        open.set(key, { row, col, rows: 1, cols });
      }
      seen.add(key);
    }
    for (const [key, rect] of open)
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
  };
  for (const [r, c] of sorted) {
    if (r !== row) {
      if (row >= 0) flushRow();
      row = r;
      runs = [];
    }
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  if (row >= 0) flushRow();
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}
