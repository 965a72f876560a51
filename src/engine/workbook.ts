import { HyperFormula, type SimpleCellAddress } from "hyperformula";
import type { Locale } from "../core";
import { toEngineValue, type EngineValue } from "./engineValue";
import { toEngineFormula } from "./formulaText";
import { registerTyoalueFunctions } from "./plugin";
import { engineKey } from "./hfInternals";
import { takePendingResizes } from "./reservations";

/**
 * What a cell may be given: a number, a boolean, blank (null/undefined), a formula (a string
 * starting with "="), or text. As in HyperFormula, a string starting with "'" is text as it
 * stands (the "'" dropped); any other string is read like typed input ("005" becomes 5).
 */
export type CellInput = number | string | boolean | null | undefined;

/** Excel's sheet size (rows × columns), which the engine is built with. */
export const SHEET_LIMITS = { maxRows: 1_048_576, maxColumns: 16_384 } as const;

/** A workbook computed headlessly: the catalogue plus HyperFormula's built-in functions. */
export interface WorkbookEngine {
  /** Names of the sheets, in order. */
  sheetNames(): string[];
  /** Writes a block of values/formulas with its top-left cell at `topLeft` ("B2"). */
  setCells(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): void;
  /** Adds a sheet (optionally with contents). */
  addSheet(name: string, rows?: readonly (readonly CellInput[])[]): void;
  /** The computed value of one cell ("A1"). */
  getValue(sheet: string, address: string): EngineValue;
  /** A formula cell's whole result: rows of values when it spills, else the single value. */
  getResult(sheet: string, address: string): EngineValue | EngineValue[][];
  /** Every computed value of a sheet, row by row (blank = null). */
  getSheetValues(sheet: string): EngineValue[][];
  /** Releases the engine. */
  destroy(): void;
}

function prepare(rows: readonly (readonly CellInput[])[]): (string | number | boolean | null)[][] {
  return rows.map((r) =>
    r.map((c) =>
      c === undefined ? null : typeof c === "string" && c.startsWith("=") ? toEngineFormula(c) : c
    )
  );
}

/**
 * Creates a headless workbook from sheets of values and formulas (formulas as strings
 * starting with "=", in either the `TYOALUE.X(` or Excel's `_xldudf_TYOALUE_X(` form).
 * Error messages come in `locale` (default English). Browser-safe: no file system.
 * @example createWorkbookEngine({ Area: [[28616], ["=TYOALUE.MEETSMINIMUM(A1)"]] }).getValue("Area", "A2") // true
 */
export function createWorkbookEngine(
  sheets: Readonly<Record<string, readonly (readonly CellInput[])[]>>,
  options: { readonly locale?: Locale } = {}
): WorkbookEngine {
  registerTyoalueFunctions();
  const locale = options.locale ?? "en";
  const prepared = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, prepare(rows)])
  );
  // useArrayArithmetic: every formula computes like Excel's dynamic arrays (A1:A3*2 spills).
  // Sheets as large as Excel's (HyperFormula's default would stop at 40 000 rows).
  const hf = HyperFormula.buildFromSheets(prepared, {
    licenseKey: "gpl-v3",
    ...SHEET_LIMITS,
    smartRounding: false,
    useArrayArithmetic: true,
  });
  const id = (sheet: string) => {
    const n = hf.getSheetId(sheet);
    if (n === undefined) throw new Error(`No sheet named "${sheet}"`);
    return n;
  };
  const at = (sheet: string, address: string): SimpleCellAddress => {
    const a = hf.simpleCellAddressFromString(address, id(sheet));
    if (!a) throw new Error(`"${address}" is not a cell address`);
    return a;
  };
  const spillSize = (a: SimpleCellAddress) => {
    if (hf.getCellType(a) !== "ARRAYFORMULA") return [1, 1];
    let h = 1;
    while (hf.getCellType({ ...a, row: a.row + h }) === "ARRAY") h++;
    let w = 1;
    while (hf.getCellType({ ...a, col: a.col + w }) === "ARRAY") w++;
    return [h, w];
  };
  // A spill whose size changed since its formula was entered (sizes that depend on other
  // cells are known only once those are computed) is re-entered, at most three rounds.
  const settle = () => {
    for (let round = 0; round < 3; round++) {
      const pending = takePendingResizes(engineKey(hf));
      if (pending.length === 0) return;
      for (const a of pending) {
        const formula = hf.getCellFormula(a);
        if (formula) hf.setCellContents(a, [[formula]]);
      }
    }
  };
  settle();
  return {
    sheetNames: () => hf.getSheetNames(),
    setCells(sheet, topLeft, rows) {
      hf.setCellContents(at(sheet, topLeft), prepare(rows));
      settle();
    },
    addSheet(name, rows = []) {
      hf.addSheet(name);
      if (rows.length) hf.setSheetContent(id(name), prepare(rows));
      settle();
    },
    getValue: (sheet, address) => toEngineValue(hf.getCellValue(at(sheet, address)), locale),
    getResult(sheet, address) {
      const a = at(sheet, address);
      const [h, w] = spillSize(a);
      if (h === 1 && w === 1 && hf.getCellType(a) !== "ARRAYFORMULA")
        return toEngineValue(hf.getCellValue(a), locale);
      const end = { ...a, row: a.row + h - 1, col: a.col + w - 1 };
      return hf
        .getRangeValues({ start: a, end })
        .map((r) => r.map((v) => toEngineValue(v, locale)));
    },
    getSheetValues: (sheet) =>
      hf.getSheetValues(id(sheet)).map((r) => r.map((v) => toEngineValue(v, locale))),
    destroy: () => hf.destroy(),
  };
}
