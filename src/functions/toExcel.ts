import type { Result } from "../core";
import { displayLocale } from "./locale";
import { toCustomFunctionsError } from "./toCustomFunctionsError";

/**
 * An adapter's result as Excel wants it: the value, or a thrown `CustomFunctions.Error`
 * (Excel shows a thrown CustomFunctions.Error as that error with its message).
 */
export function toExcel<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw toCustomFunctionsError(result.error, displayLocale());
}
