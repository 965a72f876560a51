import { adapters, type AdapterId } from "../../../src/functions/adapters";
import type { ExcelArg, ExcelResult } from "../../../src/functions/excelValue";
import { toExcel } from "../../../src/functions/toExcel";
import { createWorkbookEngine, type CellInput, type EngineValue } from "../../../src/engine";

// The same formula in the two hosts. Excel: the custom-functions runtime calls the function
// that src/functions/functions.ts exports, which is `toExcel(adapter(...))`, with Excel's
// argument shapes (a range or array as a 2-D array, an omitted argument as null) and a
// thrown CustomFunctions.Error for an error. The engine: createWorkbookEngine on a sheet.

/** A value as either host shows it: a number, text, a boolean, rows of values or an error. */
export type Shown = EngineValue | EngineValue[][];

/** What Excel shows for a call of a catalogue function with these arguments. */
export function inExcel(id: AdapterId, ...args: ExcelArg[]): Shown {
  try {
    const value = toExcel(
      (adapters[id] as (...a: ExcelArg[]) => ReturnType<typeof adapters.LABOURFORCE>)(...args)
    ) as ExcelResult;
    return oneCell(value);
  } catch (e) {
    const error = e as { code: string; message: string };
    return { error: error.code, message: error.message };
  }
}

/**
 * What Excel passes on when a call's result is an argument of another call: the array
 * itself, or the error value (Excel hands an error to a parameter that accepts errors).
 */
export function passed(shown: Shown): ExcelArg {
  if (Array.isArray(shown)) return shown as ExcelArg;
  if (typeof shown === "object" && shown !== null) return { code: shown.error };
  return shown;
}

/** What the engine shows for a formula in Z1 of a sheet whose cells from A1 on are `rows`. */
export function inEngine(formula: string, rows: readonly (readonly CellInput[])[] = []): Shown {
  const sheet: CellInput[][] = rows.map((r) => [...r]);
  if (sheet.length === 0) sheet.push([]);
  sheet[0][25] = formula;
  const e = createWorkbookEngine({ S: sheet });
  try {
    return oneCell(e.getResult("S", "Z1"));
  } finally {
    e.destroy();
  }
}

/** A one-cell array is shown as its single value, in Excel and in the engine alike. */
function oneCell(v: Shown | ExcelResult): Shown {
  return Array.isArray(v) && v.length === 1 && v[0].length === 1 ? v[0][0] : (v as Shown);
}
