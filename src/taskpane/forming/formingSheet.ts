/**
 * The Form areas sheet, as data: the table of municipalities and labour force (inputs), the
 * minimum beside it, each municipality's area as one live FORMAREAS formula spilling down
 * the table, and a per-area summary (SUMIF over that spill) with the minimum check.
 * Layout: A–C table (header on row 4); E–F the minimum; H–J the areas.
 */
import { NumberFormats as F, type SheetSpec } from "../../host/SheetSpec";
import { Grid, input, result, spill, text } from "../sheet/cells";
import type { TableRow } from "./regionTable";

export const HEAD = 4;

export interface FormingSheetLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly note: string;
  /** Municipality, labour force, area. */
  readonly columns: readonly [string, string, string];
  readonly minimum: string;
  /** Area, labour force, at or above the minimum. */
  readonly areaColumns: readonly [string, string, string];
  readonly tableName: string;
}

/** The sheet for `rows` (names as the user reads them from `name`) and `areaCount` areas. */
export function formingSheet(
  rows: readonly TableRow[],
  name: (code: string) => string,
  minimum: number,
  areaCount: number,
  l: FormingSheetLabels
): SheetSpec {
  const g = new Grid();
  const first = HEAD + 1;
  const last = HEAD + rows.length;
  g.put(1, 0, text(l.title, "title"));
  g.put(2, 0, text(l.note, "note"));
  l.columns.forEach((h, c) => g.put(HEAD, c, text(h, "header")));
  rows.forEach((r, i) => {
    g.put(first + i, 0, text(name(r.code), "input"));
    g.put(first + i, 1, input(r.labourForce, F.count));
    if (i > 0) g.put(first + i, 2, spill(F.general));
  });
  g.put(HEAD, 4, text(l.minimum, "header"));
  g.put(HEAD, 5, input(minimum, F.count));
  const names = `$A$${first}:$A$${last}`;
  const lf = `$B$${first}:$B$${last}`;
  const areas = `$C$${first}:$C$${last}`;
  g.put(first, 2, result(`=TYOALUE.FORMAREAS(${names},${lf},$F$${HEAD})`));
  l.areaColumns.forEach((h, c) => g.put(HEAD, 7 + c, text(h, "header")));
  for (let k = 1; k <= areaCount; k++) {
    const r = HEAD + k;
    g.put(r, 7, input(k, F.general));
    g.put(r, 8, result(`=SUMIF(${areas},H${r},${lf})`, F.count));
    g.put(r, 9, result(`=I${r}>=$F$${HEAD}`));
  }
  return {
    name: l.sheetName,
    cells: g.cells(),
    tables: [{ name: l.tableName, range: `A${HEAD}:B${last}` }],
    charts: [],
    columnWidths: [22, 12, 8, 2, 16, 10, 2, 8, 12, 14],
  };
}
