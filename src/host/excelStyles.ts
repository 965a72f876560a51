/**
 * Visual roles of written cells, applied with Office.js. Runs of adjacent styled cells
 * in a row become one range, so the number of queued commands grows with the rows, not
 * with the cells, and nothing here syncs.
 */
import { CELL_COLOURS } from "../core";
import type { CellStyle } from "./SheetSpec";

/** Fill and font of each role (input cells pale yellow, results pale green). */
export const STYLE_LOOK: Readonly<
  Record<CellStyle, { fill?: string; bold?: boolean; italic?: boolean; size?: number }>
> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: CELL_COLOURS.header },
  input: { fill: CELL_COLOURS.input },
  result: { fill: CELL_COLOURS.result, bold: false },
  note: { italic: true },
};

/** Queues the formats of `styles` (0-based cells) on `sheet`; returns how many ranges it touched. */
export function applyExcelStyles(
  sheet: Excel.Worksheet,
  styles: ReadonlyMap<CellStyle, [number, number][]>
): number {
  let ranges = 0;
  for (const [style, cells] of styles) {
    const look = STYLE_LOOK[style];
    for (const [row, col, len] of runs(cells)) {
      const format = sheet.getRangeByIndexes(row, col, 1, len).format;
      if (look.fill) format.fill.color = look.fill;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic) format.font.italic = true;
      if (look.size) format.font.size = look.size;
      ranges++;
    }
  }
  return ranges;
}

/** Groups cells (sorted row-major) into horizontal runs [row, col, length]. */
export function runs(cells: readonly [number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [r, c] of cells) {
    const last = out[out.length - 1];
    if (last && last[0] === r && last[1] + last[2] === c) last[2]++;
    else out.push([r, c, 1]);
  }
  return out;
}
