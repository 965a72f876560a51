import type { Result } from "../core/result";
import { cellAddress, isReference, parseCell, parseRange } from "../core";
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
      const v = values.get(cellAddress(row, col));
      if (v === undefined)
        throw new Error(`${where}: ${cellAddress(row, col)} is blank or not computed yet`);
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

const ready = (values: Map<string, CellValue>, args: readonly FormulaArg[]): boolean =>
  args.every((a) => {
    if (typeof a !== "string") return true;
    const r = parseRange(a);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (!values.has(cellAddress(row, col))) return false;
    return true;
  });

/**
 * Computes every cell of a sheet with the given formula calls (the core): constants first,
 * then each formula once the cells it reads are known. A formula that reads a blank cell,
 * or a failing calculation, stops the build: a template must open showing correct numbers.
 */
export function evaluateSheet(
  sheet: SheetSpec,
  lang: Lang,
  calls: Readonly<Record<string, FormulaCall>>
): EvaluatedSheet {
  const values = new Map<string, CellValue>();
  const spills = new Map<string, string>();
  for (const cell of sheet.cells) {
    if (!cell.formula && cell.value !== undefined) {
      values.set(
        cell.ref,
        typeof cell.value === "object" ? localize(cell.value, lang) : cell.value
      );
    }
  }
  let pending = sheet.cells.filter((c) => c.formula);
  while (pending.length > 0) {
    const next = pending.filter((c) => !ready(values, c.formula!.args));
    if (next.length === pending.length) {
      const cell = pending[0];
      argMatrix(
        values,
        cell.formula!.args.find((a) => typeof a === "string" && !ready(values, [a]))!,
        `${sheet.name.fi}!${cell.ref}`
      );
    }
    for (const cell of pending.filter((c) => ready(values, c.formula!.args))) {
      const where = `${sheet.name.fi}!${cell.ref}`;
      const formula = cell.formula!;
      const call = calls[formula.fn];
      if (!call) throw new Error(`${where}: no calculation for ${formula.fn}`);
      const result = call(formula.args.map((a) => argMatrix(values, a, where)));
      if (!result.ok)
        throw new Error(`${where}: ${formula.fn} failed: ${JSON.stringify(result.error)}`);
      const out = result.value;
      const at = parseCell(cell.ref);
      out.forEach((line, i) =>
        line.forEach((v, j) => values.set(cellAddress(at.row + i, at.col + j), v))
      );
      if (out.length > 1 || (out[0]?.length ?? 0) > 1) {
        spills.set(
          cell.ref,
          `${cell.ref}:${cellAddress(at.row + out.length - 1, at.col + out[0].length - 1)}`
        );
      }
    }
    pending = next;
  }
  return { values, spills };
}
