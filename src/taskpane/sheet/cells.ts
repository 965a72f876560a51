/** Small constructors for the cells of the plan sheet. */
import { NumberFormats, type CellSpec, type NumberFormat } from "../../host/SheetSpec";

/** A text cell (lands as text even if it starts with "="). */
export const text = (t: string, style?: "title" | "header" | "input" | "note"): CellSpec => ({
  kind: "text",
  text: t,
  style,
});

/** A number the user entered. */
export const input = (value: number, format: NumberFormat): CellSpec => ({
  kind: "number",
  value,
  format,
  style: "input",
});

/** A live formula. */
export const result = (
  formula: string,
  format: NumberFormat = NumberFormats.general
): CellSpec => ({
  kind: "formula",
  formula,
  format,
  style: "result",
});

/** An empty, formatted cell where an array result spills. */
export const spill = (format: NumberFormat): CellSpec => ({
  kind: "blank",
  format,
  style: "result",
});

/** A growable grid addressed by 1-based row and 0-based column. */
export class Grid {
  readonly rows: CellSpec[][] = [];
  put(row: number, col: number, cell: CellSpec): void {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1][col] = cell;
  }
  /** Rows with holes filled by null. */
  cells(): CellSpec[][] {
    return this.rows.map((r) => Array.from(r, (c) => c ?? null));
  }
}
