/**
 * Turns a SheetSpec into the rectangular matrices Office.js writes in one go.
 * Text cells get the text number format "@" (written before values), their text goes
 * through `values`; cells the spec leaves empty (null) get no format at all, and formulas go through `formulas`; `null` entries leave a cell as it
 * is, so text is never parsed as a formula.
 */
import { NumberFormats, type CellSpec, type CellStyle, type SheetSpec } from "./SheetSpec";

export interface SpecMatrices {
  readonly rows: number;
  readonly cols: number;
  /** Non-empty cells by number format, as [row, col] pairs (0-based). */
  readonly formats: ReadonlyMap<string, [number, number][]>;
  readonly values: (string | number | boolean | null)[][];
  readonly formulas: (string | null)[][];
  /** Cells by style, as [row, col] pairs (0-based). */
  readonly styles: ReadonlyMap<CellStyle, [number, number][]>;
}

/** The matrices for `spec`, padded to a rectangle. */
export function specMatrices(spec: SheetSpec): SpecMatrices {
  const rows = Math.max(1, spec.cells.length);
  const cols = Math.max(1, ...spec.cells.map((r) => r.length));
  const formats = new Map<string, [number, number][]>();
  const values: (string | number | boolean | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const styles = new Map<CellStyle, [number, number][]>();
  for (let r = 0; r < rows; r++) {
    values.push([]);
    formulas.push([]);
    for (let c = 0; c < cols; c++) {
      const cell: CellSpec = spec.cells[r]?.[c] ?? null;
      if (cell) push(formats, formatOf(cell), r, c);
      values[r].push(valueOf(cell));
      formulas[r].push(cell?.kind === "formula" ? cell.formula : null);
      if (cell?.style) push(styles, cell.style, r, c);
    }
  }
  return { rows, cols, formats, values, formulas, styles };
}

function push<K>(map: Map<K, [number, number][]>, key: K, r: number, c: number): void {
  const list = map.get(key) ?? [];
  list.push([r, c]);
  map.set(key, list);
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
