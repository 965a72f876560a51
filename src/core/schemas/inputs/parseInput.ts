import type * as z from "zod/mini";
import { fail, ok, type CalcError, type Result } from "../../result";
import { formatError } from "../../messages/formatError";
import type { Locale } from "../../messages/formatNumber";
import { issueToError, type IssueLike } from "../issueToError";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * The localized message for one zod issue of a calculation-input schema (e.g. for a Fluent
 * `Field`'s validationMessage): the issue's path names the argument and row.
 * @example issueMessage({ code: "too_small", message: "count.negative", path: ["labourForce", 2] }, { labourForce: [1, 2, -3] }, "en") // "row 3 of labourForce is negative (-3); a count must be 0 or more"
 */
export function issueMessage(
  issue: IssueLike,
  input: unknown,
  locale: Locale,
  argLabel?: (argId: string) => string
): string {
  return formatError(issueToError(issue, valueAt(input, issue.path)), locale, argLabel);
}

/** Validates a calculation input against its schema; the first fault as a `CalcError`. */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown): Result<T> {
  const r = schema.safeParse(input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  const error: CalcError = issueToError(issue, valueAt(input, issue.path));
  return fail(error);
}
