import type { Result } from "../core/result";
import { cellName, isReference, parseCell, parseRange } from "./cellRef";
import { localize, type FormulaArg, type Lang, type SheetSpec } from "./spec";

/** A computed cell value as Excel caches it. */
export type CellValue = number | string | boolean;
/** A rectangle of values, rows first. */
export type Matrix = readonly (readonly CellValue[])[];
/** A catalogue function as the builder calls it: argument rectangles in, a rectangle out. */
export type FormulaCall = (args: readonly Matrix[]) => Result<Matrix>;

/** What evaluating a sheet gives: every cell's value, and the block each spilling formula fills. */
export interface EvaluatedSheet {
  readonly values: ReadonlyMap<string, CellValue>;
  /** Master cell → spilled block ("B20" → "B20:B45"), only for results larger than one cell. */
  readonly spills: ReadonlyMap<string, string>;
}

const readRange = (values: Map<string, CellValue>, ref: string, where: string): Matrix => {
  const r = parseRange(ref);
  const rows: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const v = values.get(cellName(row, col));
      if (v === undefined) throw new Error(`${where}: ${cellName(row, col)} is blank or not computed yet`);
      line.push(v);
    }
    rows.push(line);
  }
  return rows;
};

const argMatrix = (values: Map<string, CellValue>, arg: FormulaArg, where: string): Matrix => {
  if (typeof arg === "number") return [[arg]];
  if (typeof arg === "object") return [[arg.text]];
  if (!isReference(arg)) throw new Error(`${where}: bad argument ${arg}`);
  return readRange(values, arg, where);
};

/**
 * Computes every cell of a sheet in spec order with the given formula calls (the core).
 * A formula may only refer to cells above it in the list; a failing calculation stops the
 * build, because a template must open showing correct numbers.
 */
export function evaluateSheet(
  sheet: SheetSpec,
  lang: Lang,
  calls: Readonly<Record<string, FormulaCall>>,
): EvaluatedSheet {
  const values = new Map<string, CellValue>();
  const spills = new Map<string, string>();
  for (const cell of sheet.cells) {
    const where = `${sheet.name.fi}!${cell.ref}`;
    if (cell.formula) {
      const call = calls[cell.formula.fn];
      if (!call) throw new Error(`${where}: no calculation for ${cell.formula.fn}`);
      const args = cell.formula.args.map((a) => argMatrix(values, a, where));
      const result = call(args);
      if (!result.ok) throw new Error(`${where}: ${cell.formula.fn} failed: ${JSON.stringify(result.error)}`);
      const out = result.value;
      const at = parseCell(cell.ref);
      out.forEach((line, i) => line.forEach((v, j) => values.set(cellName(at.row + i, at.col + j), v)));
      if (out.length > 1 || (out[0]?.length ?? 0) > 1) {
        spills.set(cell.ref, `${cell.ref}:${cellName(at.row + out.length - 1, at.col + out[0].length - 1)}`);
      }
    } else if (cell.value !== undefined) {
      const v = cell.value;
      values.set(cell.ref, typeof v === "object" ? localize(v, lang) : v);
    }
  }
  return { values, spills };
}
