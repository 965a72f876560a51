/**
 * The values Excel hands a custom function whose parameters are declared `any` / `any[][]`,
 * and the same values as the headless engine produces them (src/engine converts to these):
 * - a number, a string or a boolean as typed in the cell;
 * - a blank cell as `null` (Excel on the web) or `""`; Excel on Windows has been seen to pass
 *   a blank cell as 0, which cannot be told apart from a typed 0 (OfficeDev/office-js#4702,
 *   #5262), so blanks are refused wherever Excel lets us see them;
 * - an error value (only when the metadata allows errors for `any`, which ours does) as an
 *   object carrying its code, e.g. `{ code: "#DIV/0!" }` or a `CustomFunctions.Error`;
 * - an omitted optional argument as `null` (or `undefined`).
 */
export interface ErrorValue {
  readonly code?: string;
  readonly errorType?: string;
  readonly type?: string;
}

export type ExcelScalar = number | string | boolean | null | undefined | ErrorValue;
export type ExcelMatrix = readonly (readonly ExcelScalar[])[];
export type ExcelArg = ExcelScalar | ExcelMatrix;

/** What an adapter returns to Excel: one value, or rows of values that spill. */
export type ExcelResult = number | string | boolean | (number | string | boolean)[][];

/**
 * A cell holding one of Excel's data types arrives as an object when the metadata allows
 * custom data for `any` (the generator sets allowCustomDataForDataTypeAny). A formatted
 * number or a string/boolean value type is read as its basic value; an error stays an error.
 */
export function unwrapDataType(x: ExcelScalar): ExcelScalar {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return x;
  const d = x as { type?: string; basicValue?: unknown; errorType?: string };
  if (d.type === "Error")
    return { code: ERROR_TYPES[d.errorType ?? ""] ?? d.errorType ?? "#VALUE!" };
  const b = d.basicValue;
  return typeof b === "number" || typeof b === "string" || typeof b === "boolean" ? b : x;
}

// Excel.ErrorCellValueType names of the errors a custom function may receive.
const ERROR_TYPES: Record<string, string> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Value: "#VALUE!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Blocked: "#BLOCKED!",
};

/** True for an error value (any non-array object Excel or the engine passed). */
export function isErrorValue(x: unknown): x is ErrorValue {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The code of an error value as Excel shows it, e.g. "#DIV/0!". */
export function errorCodeOf(x: ErrorValue): string {
  return String(x.code ?? x.errorType ?? x.type ?? "#VALUE!");
}

/** True for a blank cell or an omitted argument. */
export function isBlank(x: unknown): x is null | undefined | "" {
  return x === null || x === undefined || x === "";
}

/** True when `arg` is a 2-D range (rows of cells) rather than a single value. */
export function isMatrix(arg: ExcelArg): arg is ExcelMatrix {
  return Array.isArray(arg);
}
