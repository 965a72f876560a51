import { ok, type BandRow, type Result } from "../core";
import { numberCell } from "./cells";
import { isBlank, type ExcelArg } from "./excelValue";
import { asMatrix } from "./shape";

/** A band table as typed in a sheet: from day, to day (blank = open), share. The core checks the rules. */
export function bandRows(arg: ExcelArg, argId: string): Result<BandRow[]> {
  const rows: BandRow[] = [];
  const cells = asMatrix(arg);
  for (let r = 0; r < cells.length; r++) {
    const row: (number | null)[] = [];
    for (let c = 0; c < cells[r].length; c++) {
      const cell = cells[r][c];
      if (c === 1 && isBlank(cell)) {
        row.push(null);
        continue;
      }
      const v = numberCell(cell, argId, { row: r + 1, col: c + 1 });
      if (!v.ok) return v;
      row.push(v.value);
    }
    rows.push(row);
  }
  return ok(rows);
}
