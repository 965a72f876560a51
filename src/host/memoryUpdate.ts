/**
 * Rewriting a sheet of the in-memory host that the wizard wrote earlier: only the cells the
 * earlier spec wrote are the wizard's; a changed one refuses the update, naming it.
 */
import { cellAddress } from "../core";
import type { MemorySheet } from "./memoryHost";
import { contentOf, firstEditedCell, ownedCells } from "./ownedCells";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { uniqueTableName } from "./uniqueSheetName";
import type { CellValue, WrittenSheet } from "./WorkbookHost";

/**
 * Updates `sheet` in place from `previous` to `next` and returns undefined, or returns the
 * first cell the user changed and leaves the sheet as it was. `tableNames`: the workbook's.
 */
export function updateMemorySheet(
  sheet: MemorySheet,
  previous: SheetSpec,
  next: SheetSpec,
  tableNames: readonly string[]
): string | undefined {
  const edited = firstEditedCell(previous, next, (r, c) => contentOf(sheet.cells[r]?.[c] ?? null));
  if (edited) return edited;
  for (const [r, c] of ownedCells(previous)) if (sheet.cells[r]) sheet.cells[r][c] = null;
  next.cells.forEach((row, r) =>
    row.forEach((cell, c) => cell && putCell(sheet.cells, r, c, cell))
  );
  const mine = (name: string, base: string) =>
    name === base || new RegExp(`^${base}_\\d+$`).test(name);
  const gone = sheet.tables.filter((t) =>
    previous.tables.some((p) => p.range === t.range && mine(t.name, uniqueTableName(p.name, [])))
  );
  sheet.tables.splice(0, sheet.tables.length, ...sheet.tables.filter((t) => !gone.includes(t)));
  const taken = tableNames.filter((n) => !gone.some((t) => t.name === n));
  for (const t of next.tables) {
    const name = uniqueTableName(t.name, taken);
    taken.push(name);
    sheet.tables.push({ ...t, name });
  }
  const oldCharts = previous.charts.map((c) => JSON.stringify(c));
  const kept = sheet.charts.filter((c) => {
    const i = oldCharts.indexOf(JSON.stringify(c));
    if (i >= 0) oldCharts.splice(i, 1);
    return i < 0;
  });
  sheet.charts.splice(0, sheet.charts.length, ...kept, ...next.charts);
  const oldFormats = (previous.conditionalFormats ?? []).map((f) => JSON.stringify(f));
  const conditionalFormats = [
    ...(sheet.conditionalFormats ?? []).filter((f) => !oldFormats.includes(JSON.stringify(f))),
    ...(next.conditionalFormats ?? []),
  ];
  Object.assign(sheet, { columnWidths: next.columnWidths, conditionalFormats });
  return undefined;
}

/** Puts `cell` at row `r`, column `c` (0-based), growing the rows as needed. */
export function putCell(cells: CellSpec[][], r: number, c: number, cell: CellSpec): void {
  while (cells.length <= r) cells.push([]);
  cells[r][c] = cell;
}

/** What a write or update of `spec` into `name` reports, from the computed values. */
export function writtenSheet(name: string, spec: SheetSpec, computed: CellValue[][]): WrittenSheet {
  const errorCells: string[] = [];
  spec.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = computed[r]?.[c];
      if (cell?.kind === "formula" && v !== null && typeof v === "object")
        errorCells.push(cellAddress(r, c));
    })
  );
  const cols = Math.max(1, ...spec.cells.map((r) => r.length));
  return {
    name,
    address: `'${name}'!A1:${cellAddress(Math.max(0, spec.cells.length - 1), cols - 1)}`,
    errorCells,
  };
}
