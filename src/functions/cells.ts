import { fail, ok, type Position, type Result } from "../core";
import { errorCodeOf, isBlank, isErrorValue, unwrapDataType, type ExcelScalar } from "./excelValue";

// Text that a finance officer would read as a number: "28 616", "28,616.5", "-0,014", "95 %", "1 234,56 €".
const NUMBER_AS_TEXT = /^[-+−]?[\d\s\u00a0\u202f.,']*\d[\d\s\u00a0\u202f.,']*\s*[%€]?$/;

const refuse = <T>(
  message: string,
  arg: string,
  at: Position | undefined,
  text?: string
): Result<T> =>
  fail({
    code: "#VALUE!",
    message,
    arg,
    ...(at ? { at } : {}),
    ...(text === undefined ? {} : { params: { text } }),
  });

/**
 * One cell that must hold a number. A blank, text (also a number typed as text such as
 * "28 616"), a boolean or an error value is refused with the matching `cell.*` message;
 * nothing is coerced. Domain checks (count, ratio, …) are the core's.
 */
export function numberCell(value: ExcelScalar, arg: string, at?: Position): Result<number> {
  const cell = unwrapDataType(value);
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? ok(cell) : refuse("number.notFinite", arg, at);
  }
  if (isBlank(cell)) return refuse("cell.blank", arg, at);
  if (typeof cell === "boolean") return refuse("cell.boolean", arg, at, cell ? "TRUE" : "FALSE");
  if (typeof cell === "string") {
    return refuse(
      NUMBER_AS_TEXT.test(cell.trim()) ? "cell.numberAsText" : "cell.text",
      arg,
      at,
      cell
    );
  }
  if (isErrorValue(cell)) return refuse("cell.error", arg, at, errorCodeOf(cell));
  return refuse("cell.notNumber", arg, at);
}

/** One cell naming something: text or a number (a municipality code such as 5 or "005"). */
export function nameCell(value: ExcelScalar, arg: string, at?: Position): Result<string | number> {
  const cell = unwrapDataType(value);
  if (isBlank(cell)) return refuse("cell.blank", arg, at);
  if (typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell)))
    return ok(cell);
  if (isErrorValue(cell)) return refuse("cell.error", arg, at, errorCodeOf(cell));
  return refuse("cell.notName", arg, at, String(cell));
}

/** One cell holding a text option (such as a field name); a number is read as its text for the core to judge. */
export function textCell(value: ExcelScalar, arg: string, at?: Position): Result<string> {
  const cell = unwrapDataType(value);
  if (isBlank(cell)) return refuse("cell.blank", arg, at);
  if (typeof cell === "string") return ok(cell);
  if (typeof cell === "number") return ok(String(cell));
  if (isErrorValue(cell)) return refuse("cell.error", arg, at, errorCodeOf(cell));
  return refuse("value.invalid", arg, at);
}
