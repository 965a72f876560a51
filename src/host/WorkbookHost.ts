/**
 * The workbook port: everything the task pane may ask of a workbook. Two implementations:
 * `excelHost` (Office.js, the only code that mentions `Excel`) and `memoryHost` (the
 * standalone preview, formulas computed by the headless engine).
 */
import type { SheetSpec } from "./SheetSpec";

/** A value read back from a cell: numbers, text, booleans, blanks (null) or an error. */
export type CellValue = number | string | boolean | null | CellErrorValue;

/** An error value in a cell, e.g. `#VALUE!`, with the engine's message when known. */
export interface CellErrorValue {
  readonly error: string;
  readonly message?: string;
}

/** What `writeSheet` reports back. */
export interface WrittenSheet {
  /** The sheet's final name (unique in the workbook). */
  readonly name: string;
  /** Address of the written block, e.g. `'Plan'!A1:N40`. */
  readonly address: string;
  /** Addresses (A1, relative to the sheet) of written formulas that evaluated to an error. */
  readonly errorCells: readonly string[];
}

/** What `updateSheet` reports: done, or refused naming the first cell the user changed. */
export type UpdateResult =
  | { readonly ok: true; readonly sheet: WrittenSheet }
  | { readonly ok: false; readonly cell: string; readonly reason: "edited" | "missing" };

/** Where `writeSheet` puts its block: a new sheet (default) or an existing, empty area. */
export type WriteTarget =
  { readonly kind: "new" } | { readonly kind: "existing"; readonly sheet: string };

/** Raised when a write would touch a non-empty cell or a sheet that is missing. */
export class TargetNotEmptyError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string
  ) {
    super(`Sheet "${sheet}" is not empty at ${cell}: nothing was written.`);
    this.name = "TargetNotEmptyError";
  }
}

/** The port. Every method is one short transaction with the workbook. */
export interface WorkbookHost {
  readonly kind: "excel" | "memory";
  /** Values of the user's current selection (rows × columns). */
  readSelection(): Promise<CellValue[][]>;
  /** Values of a sheet's used range from A1 (rows × columns), computed values for formulas. */
  readSheet(name: string): Promise<CellValue[][]>;
  /** Names of the sheets, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Writes a block (values, text, formulas, formats, tables, charts) starting at A1.
   * Never overwrites a non-empty cell; text cells always land as text.
   */
  writeSheet(spec: SheetSpec, target?: WriteTarget): Promise<WrittenSheet>;
  /**
   * Rewrites a sheet the wizard wrote earlier (from `previous`) so that it shows `next`:
   * only the cells the wizard owns; refuses, naming the cell, if the user edited one of them.
   */
  updateSheet(name: string, previous: SheetSpec, next: SheetSpec): Promise<UpdateResult>;
  /** Makes a sheet the active one (the pane's link to the created sheet). */
  activate(name: string): Promise<void>;
  /** Inserts the worksheets of an .xlsx (base64) into this workbook; returns their new names. */
  insertTemplate(base64: string): Promise<string[]>;
  /** Opens an .xlsx (base64) as a new workbook. */
  openAsNewWorkbook(base64: string): Promise<void>;
  /**
   * Replaces the add-in's (TYOALUE) formulas of a sheet, and the cells their dynamic arrays
   * spill into, by their current values; every other cell stays as it is (a user's own
   * formulas stay formulas, text stays text). Returns how many add-in formulas were replaced.
   */
  snapshotToValues(name: string): Promise<number>;
  /** The wizard's saved inputs (JSON), stored with the workbook; null when none. */
  loadState(key: string): Promise<string | null>;
  /** Saves the wizard's inputs (JSON) with the workbook. */
  saveState(key: string, json: string): Promise<void>;
}
