/** How each visual role of a cell looks, the same in Excel, the preview and exported files. */
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
