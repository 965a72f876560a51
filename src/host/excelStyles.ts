/**
 * Visual roles of written cells, applied with Office.js. The cells of a role are covered
 * by few rectangles (a column of inputs is one range, not one per row), so the request
 * stays small for hundreds of members; nothing here syncs.
 */
import { rectangles } from "./rectangles";
import type { CellStyle } from "./SheetSpec";
import { STYLE_LOOK } from "./styleLook";

/** Queues the formats of `styles` (0-based cells) on `sheet`; returns how many ranges it touched. */
export function applyExcelStyles(
  sheet: Excel.Worksheet,
  styles: ReadonlyMap<CellStyle, [number, number][]>
): number {
  let ranges = 0;
  for (const [style, cells] of styles) {
    const look = STYLE_LOOK[style];
    for (const { row, col, rows, cols } of rectangles(cells)) {
      const format = sheet.getRangeByIndexes(row, col, rows, cols).format;
      if (look.fill) format.fill.color = look.fill;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic) format.font.italic = true;
      if (look.size) format.font.size = look.size;
      ranges++;
    }
  }
  return ranges;
}
