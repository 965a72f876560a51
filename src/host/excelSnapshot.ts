/**
 * Snapshot to values in Excel: the add-in's (TYOALUE) formulas of a sheet become their
 * current values, and so do the cells their dynamic arrays spill into (the spill would
 * vanish once its anchor is a constant). Every other cell is left as it is: a user's own
 * `=SUM(…)` stays a formula, a text constant such as "005" stays text. Three syncs whatever
 * the number of formulas: read the used range, read every anchor's spill, write.
 */
import { parseRange } from "../core";
import { isAddinFormula } from "./addinFormula";

/** The sheet-relative part of an address: `'Plan (2)'!B2:D4` → `B2:D4`. */
const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

type Cell = { readonly row: number; readonly col: number; readonly value: unknown };

/**
 * Replaces the add-in's formulas of sheet `name` (and their spilled cells) by their values.
 * Cells that get text are given the text format "@" first, so "=Alajärvi", "005" or "1e5"
 * stay text. Returns how many add-in formulas were replaced.
 */
export async function excelSnapshot(ctx: Excel.RequestContext, name: string): Promise<number> {
  const sheet = ctx.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["address", "formulas", "values"]);
  await ctx.sync();
  if (used.isNullObject) return 0;
  const formulas = used.formulas; // each proxy matrix read once: a read per cell is O(cells²)
  const values = used.values;
  const origin = parseRange(localAddress(used.address));
  const anchors: { r: number; c: number }[] = [];
  formulas.forEach((row, r) => row.forEach((f, c) => isAddinFormula(f) && anchors.push({ r, c })));
  if (anchors.length === 0) return 0;

  const spills = anchors.map(({ r, c }) => {
    const spill = used.getCell(r, c).getSpillingToRangeOrNullObject();
    spill.load(["address", "values"]);
    return spill;
  });
  await ctx.sync();

  const cells: Cell[] = [];
  anchors.forEach(({ r, c }, i) => {
    cells.push({ row: origin.top + r, col: origin.left + c, value: values[r][c] });
    const spill = spills[i];
    if (spill.isNullObject) return;
    const at = parseRange(localAddress(spill.address));
    spill.values.forEach((row, dr) =>
      row.forEach((value, dc) => cells.push({ row: at.top + dr, col: at.left + dc, value }))
    );
  });
  writeCells(sheet, cells);
  await ctx.sync();
  return anchors.length;
}

/** Queues one write over the cells' bounding box: `null` (unchanged) everywhere else. */
function writeCells(sheet: Excel.Worksheet, cells: readonly Cell[]): void {
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity]; // no spread: cells may be many
  for (const { row, col } of cells) {
    [top, left] = [Math.min(top, row), Math.min(left, col)];
    [bottom, right] = [Math.max(bottom, row), Math.max(right, col)];
  }
  const [height, width] = [bottom - top + 1, right - left + 1];
  const blank = () => Array.from({ length: height }, () => new Array<unknown>(width).fill(null));
  const formats = blank();
  const newValues = blank();
  for (const { row, col, value } of cells) {
    newValues[row - top][col - left] = value;
    if (typeof value === "string") formats[row - top][col - left] = "@";
  }
  const box = sheet.getRangeByIndexes(top, left, height, width);
  box.numberFormat = formats as string[][]; // queued before the values: text lands as text
  box.values = newValues as (string | number | boolean)[][];
}
