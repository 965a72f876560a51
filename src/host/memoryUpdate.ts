/**
 * `updateSheet` of the in-memory host: rewrites the cells a wizard wrote earlier, refusing
 * (naming the cell) when the sheet is gone or a cell it owns no longer holds what was written.
 */
import { cellAddress } from "./a1";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import type { MemorySheet } from "./memoryHost";
import type { CellValue, UpdateResult } from "./WorkbookHost";

const same = (a: CellSpec | undefined, b: CellSpec | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Updates `sheet` in place from `previous` to `next`; `values` computes it afterwards. */
export async function updateMemorySheet(
  sheet: MemorySheet | undefined,
  previous: SheetSpec,
  next: SheetSpec,
  values: (name: string) => Promise<CellValue[][]>
): Promise<UpdateResult> {
  if (!sheet) return { ok: false, cell: "A1", reason: "missing" };
  for (let r = 0; r < previous.cells.length; r++)
    for (let c = 0; c < previous.cells[r].length; c++) {
      const was = previous.cells[r][c];
      if (was && !same(sheet.cells[r]?.[c], was))
        return { ok: false, cell: cellAddress(r, c), reason: "edited" };
    }
  previous.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) sheet.cells[r][c] = null;
    })
  );
  next.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      while (sheet.cells.length <= r) sheet.cells.push([]);
      sheet.cells[r][c] = cell;
    })
  );
  // The tables keep the names the host gave them when the sheet was written.
  const named = next.tables.map((t, i) => ({ ...t, name: sheet.tables[i]?.name ?? t.name }));
  sheet.tables.splice(0, sheet.tables.length, ...named);
  sheet.charts.splice(0, sheet.charts.length, ...next.charts);
  const computed = await values(sheet.name);
  const errorCells: string[] = [];
  next.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = computed[r]?.[c];
      if (cell?.kind === "formula" && v !== null && typeof v === "object")
        errorCells.push(cellAddress(r, c));
    })
  );
  const cols = Math.max(1, ...next.cells.map((row) => row.length));
  return {
    ok: true,
    sheet: {
      name: sheet.name,
      address: `'${sheet.name}'!A1:${cellAddress(next.cells.length - 1, cols - 1)}`,
      errorCells,
    },
  };
}
