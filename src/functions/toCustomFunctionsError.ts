import { formatError, type CalcError, type Locale } from "../core";
import { paramLabel } from "./locale";

/**
 * Longest custom message we hand Excel. Microsoft documents no limit for
 * CustomFunctions.Error messages; 255 characters is Excel's limit for a text literal in a
 * formula and keeps the error-indicator popup readable.
 */
export const MAX_MESSAGE_LENGTH = 255;

/** The message of a calculation error in the user's language, with localized parameter names. */
export function errorMessage(error: CalcError, locale: Locale): string {
  const text = formatError(error, locale, paramLabel(locale));
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/**
 * THE mapping from a core `CalcError` to what Excel shows: `#N/A` for an unknown
 * municipality (or a figure already below the minimum), `#VALUE!` for every other invalid
 * input, each with its message in the user's language.
 */
export function toCustomFunctionsError(error: CalcError, locale: Locale): CustomFunctions.Error {
  const code =
    error.code === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, errorMessage(error, locale));
}
