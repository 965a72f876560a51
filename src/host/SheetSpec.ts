/**
 * A host-neutral description of a block of cells to write, starting at A1 of a sheet.
 * Text is always a `text` cell (it lands as text even when it starts with `=`); only
 * `formula` cells are formulas. Addresses are A1 references relative to the sheet.
 */

/** Number formats in Excel's invariant (en-US) format-code syntax. */
export const NumberFormats = {
  text: "@",
  euros: '#,##0.00 "€"',
  fte: "0.0",
  count: "#,##0",
  percent: "0.00 %",
  general: "General",
} as const;

export type NumberFormat = (typeof NumberFormats)[keyof typeof NumberFormats];

export type CellSpec =
  | { readonly kind: "text"; readonly text: string; readonly style?: CellStyle }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly format?: NumberFormat;
      readonly style?: CellStyle;
    }
  | { readonly kind: "boolean"; readonly value: boolean; readonly style?: CellStyle }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly format?: NumberFormat;
      readonly style?: CellStyle;
    }
  /** An empty cell that still gets a format, e.g. where an array formula spills. */
  | { readonly kind: "blank"; readonly format?: NumberFormat; readonly style?: CellStyle }
  | null;

/** Visual roles, rendered by each host in its own way. */
export type CellStyle = "title" | "header" | "input" | "result" | "note";

export interface TableSpec {
  /** Excel table name: letters, digits, underscore; unique per workbook (hosts make it so). */
  readonly name: string;
  /** Range including the header row, e.g. `A4:I14`. */
  readonly range: string;
}

export interface ChartSeriesSpec {
  readonly name: string;
  /** One column of values, e.g. `M5:M14`. */
  readonly values: string;
}

export interface ChartSpec {
  readonly kind: "column" | "line" | "pie";
  readonly title: string;
  /** One column of category labels, e.g. `K5:K14`. */
  readonly categories: string;
  readonly series: readonly ChartSeriesSpec[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

/**
 * A highlight: each cell of `range` whose value differs from the value in column
 * `differsFrom` of the same row (e.g. `{ range: "C5:F20", differsFrom: "B" }`) is filled
 * (rule and look in `differs.ts`). Colour is never the only cue: the sheet says it in text.
 */
export interface ConditionalFormatSpec {
  readonly range: string;
  /** Column letters of the base column, e.g. `B`. */
  readonly differsFrom: string;
}

export interface SheetSpec {
  /** Wanted sheet name; the host adds " (2)", " (3)"… when it is taken. */
  readonly name: string;
  /** Rows of cells from A1. */
  readonly cells: readonly (readonly CellSpec[])[];
  readonly tables: readonly TableSpec[];
  readonly charts: readonly ChartSpec[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Highlights of cells that differ from a base column (comparison sheets). */
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
}
