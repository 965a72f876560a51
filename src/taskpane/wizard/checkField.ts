/** One typed field checked against its zod value domain, with the message the user reads. */
import { formatError, issueToError, type CalcError, type Domain } from "../../core";
import { fill, type Language, type UiStrings } from "../i18n";
import { parseUserNumber } from "./parseUserNumber";

/** Checks one typed value against a domain; returns the number or a localized message. */
export function checkField(
  text: string,
  domain: Domain,
  label: string,
  language: Language,
  t: UiStrings,
  shift = 0
): number | string {
  if (text.trim() === "") return fill(t.required, { where: label });
  const n = parseUserNumber(text, shift, language);
  if (n === undefined) return fill(t.notANumber, { where: label, text: text.trim() });
  const parsed = domain.schema.safeParse(n);
  if (parsed.success) return n;
  const error = issueToError(parsed.error.issues[0], n, "field");
  return formatError(
    shift === 0 ? error : asPercentError(error, text.trim()),
    language,
    () => label
  );
}

/**
 * A field entered in per cent reports in per cent: "950 %; at most 100 % is allowed" rather
 * than the core's fraction wording ("9.5, above 1: did you mean 0.095?").
 */
function asPercentError(error: CalcError, typed: string): CalcError {
  const value = `${typed} %`;
  if (error.message === "ratio.aboveOne" || error.message === "change.tooLarge")
    return { ...error, message: "number.tooLarge", params: { value, max: "100 %" } };
  if (error.message === "ratio.negative")
    return { ...error, message: "number.negative", params: { value } };
  return { ...error, params: { ...error.params, value } };
}
