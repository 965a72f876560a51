import { cellAddress, columnIndex } from "../../core";
import type { TemplateCell, TemplateStyle, FormulaArg, TemplateFormat, Text } from "../spec";

/** Cells down one column from `firstRow`, one per value. */
export function column(
  col: string,
  firstRow: number,
  values: readonly (number | string | Text)[],
  style: TemplateStyle,
  format?: TemplateFormat,
  source?: Text
): TemplateCell[] {
  const c = columnIndex(col);
  return values.map((value, i) => ({
    ref: cellAddress(firstRow - 1 + i, c),
    value,
    style,
    format,
    source,
  }));
}

/** Header cells across one row from column `col`. */
export function headers(row: number, col: string, texts: readonly Text[]): TemplateCell[] {
  const c = columnIndex(col);
  return texts.map((value, i) => ({ ref: cellAddress(row - 1, c + i), value, style: "header" }));
}

/** A label in column A and a cell (input, example or formula) in column B of the same row. */
export function labelled(
  row: number,
  label: Text,
  cell: Omit<TemplateCell, "ref">,
  valueCol = "B"
): TemplateCell[] {
  return [
    { ref: `A${row}`, value: label, style: "label" },
    { ref: `${valueCol}${row}`, ...cell },
  ];
}

/** A formula cell spec. */
export const f = (fn: string, ...args: FormulaArg[]) => ({ fn, args });

/** A text literal argument. */
export const text = (s: string) => ({ text: s });
