/**
 * Turns a SheetSpec into the rectangular matrices Office.js writes in one go.
 * Text cells get the text number format "@" (written before values), their text goes
 * through `values`, and formulas go through `formulas`; `null` entries leave a cell as it
 * is, so text is never parsed as a formula.
 */
import { NumberFormats, type CellSpec, type CellStyle, type SheetSpec } from "./SheetSpec";

export interface SpecMatrices {
  readonly rows: number;
  readonly cols: number;
  readonly numberFormat: string[][];
  readonly values: (string | number | boolean | null)[][];
  readonly formulas: (string | null)[][];
  /** Cells by style, as [row, col] pairs (0-based). */
  readonly styles: ReadonlyMap<CellStyle, [number, number][]>;
}

/** The matrices for `spec`, padded to a rectangle. */
export function specMatrices(spec: SheetSpec): SpecMatrices {
  const rows = Math.max(1, spec.cells.length);
  const cols = Math.max(1, ...spec.cells.map((r) => r.length));
  const numberFormat: string[][] = [];
  const values: (string | number | boolean | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const styles = new Map<CellStyle, [number, number][]>();
  for (let r = 0; r < rows; r++) {
    numberFormat.push([]);
    values.push([]);
    formulas.push([]);
    for (let c = 0; c < cols; c++) {
      const cell: CellSpec = spec.cells[r]?.[c] ?? null;
      numberFormat[r].push(formatOf(cell));
      values[r].push(valueOf(cell));
      formulas[r].push(cell?.kind === "formula" ? cell.formula : null);
      if (cell?.style) {
        const list = styles.get(cell.style) ?? [];
        list.push([r, c]);
        styles.set(cell.style, list);
      }
    }
  }
  return { rows, cols, numberFormat, values, formulas, styles };
}

function valueOf(cell: CellSpec): string | number | boolean | null {
  if (!cell || cell.kind === "formula" || cell.kind === "blank") return null;
  return cell.kind === "text" ? cell.text : cell.value;
}

function formatOf(cell: CellSpec): string {
  if (!cell) return NumberFormats.general;
  if (cell.kind === "text") return NumberFormats.text;
  if (cell.kind === "boolean") return NumberFormats.general;
  if (cell.kind === "blank") return cell.format ?? NumberFormats.general;
  return cell.format ?? NumberFormats.general;
}
