import { ok, type BandRow, type Result } from "../core";
import { isBlank, type ExcelArg } from "./excelValue";
import { name, nameMatrix, names, number, numberMatrix, numbers, optionalText } from "./parse";
import { bandRows } from "./parseBands";
import { budgets, yearTable, type YearTable } from "./parseYears";
import type { Line } from "./shape";

/** The value each parameter kind is parsed to (domains such as ≥ 0 are the core's to check). */
export interface ParsedKinds {
  counts: Line<number>;
  moneys: Line<number>;
  ratios: Line<number>;
  positives: Line<number>;
  count: number;
  money: number;
  euros: number;
  ratio: number;
  change: number;
  positive: number;
  whole: number;
  model: number;
  amount: number;
  criteria: number[][];
  names: Line<string | number>;
  name: string | number;
  pairs: (string | number)[][];
  field: string;
  bands: BandRow[];
  budgets: number | number[];
  yearTable: YearTable;
}

type Parser<T> = (arg: ExcelArg, argId: string) => Result<T>;
const text: Parser<string> = (arg, id) => optionalText(arg, id) as Result<string>;

const PARSERS: { readonly [K in keyof ParsedKinds]: Parser<ParsedKinds[K]> } = {
  counts: numbers,
  moneys: numbers,
  ratios: numbers,
  positives: numbers,
  count: number,
  money: number,
  euros: number,
  ratio: number,
  change: number,
  positive: number,
  whole: number,
  model: number,
  amount: number,
  criteria: numberMatrix,
  names,
  name,
  pairs: nameMatrix,
  field: text,
  bands: bandRows,
  budgets,
  yearTable,
};

/** Kinds given as a block of cells, where an empty text is a value rather than an omission. */
const BLOCKS: ReadonlySet<keyof ParsedKinds> = new Set(["pairs", "bands"]);

const RANGES: ReadonlySet<keyof ParsedKinds> = new Set([
  ...(["counts", "moneys", "ratios", "positives", "criteria", "names"] as const),
  ...(["budgets", "yearTable"] as const),
  ...BLOCKS,
]);

/** True when the kind is a row, column or block (Excel passes it as a range: `any[][]`). */
export function takesRange(kind: keyof ParsedKinds): boolean {
  return RANGES.has(kind);
}

/**
 * One argument parsed by its parameter's kind. An omitted optional argument (null, or a
 * blank for a single value) is `undefined`, so that the core applies the catalogue's default.
 */
export function parseArg(
  p: { readonly id: string; readonly kind: keyof ParsedKinds; readonly optional?: boolean },
  arg: ExcelArg
): Result<unknown> {
  if (p.optional && (BLOCKS.has(p.kind) ? arg === null || arg === undefined : isBlank(arg)))
    return ok(undefined);
  return PARSERS[p.kind](arg, p.id);
}
