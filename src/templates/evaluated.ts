/** A computed cell value as Excel caches it. */
export type CellValue = number | string | boolean;

/** What computing a sheet gives: every cell's value, and the block each spilling formula fills. */
export interface EvaluatedSheet {
  readonly values: ReadonlyMap<string, CellValue>;
  /** Master cell → spilled block ("B20" → "B20:B45"), only for results larger than one cell. */
  readonly spills: ReadonlyMap<string, string>;
}
