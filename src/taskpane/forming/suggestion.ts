/**
 * The Area step's suggestion, from figures the planner gave: SUGGESTMEMBERS over the members
 * and those candidates whose labour force is known. A candidate without a figure is never
 * given one: it is named and its figure asked for.
 */
import { findMunicipality, formatError, suggestMembers, type Locale } from "../../core";

/** Whether the registry reads `name` as the municipality `code`. */

/** Whether the registry reads `name` as the municipality `code`. */
const sameMunicipality = (code: string, name: string) => findMunicipality(name)?.code === code;

export interface Figured {
  readonly code: string;
  readonly labourForce: number;
}

export type Suggestion =
  /** Add these (with their figures); `missing` had no figure and were not considered. */
  | {
      readonly kind: "add";
      readonly add: readonly Figured[];
      readonly added: number;
      readonly missing: readonly string[];
    }
  /** No addition from the figures given: these candidates' labour force is needed. */
  | { readonly kind: "ask"; readonly missing: readonly string[]; readonly reason?: string }
  /** Every candidate has a figure and none helps: the kernel's reason, in words. */
  | { readonly kind: "none"; readonly reason: string };

/** The suggestion for `members` (all with figures) given `candidates` (code → labour force or undefined). */
export function suggestion(
  members: readonly Figured[],
  candidates: ReadonlyMap<string, number | undefined>,
  minimum: number,
  language: Locale
): Suggestion {
  const known = [...candidates].filter(([, v]) => v !== undefined) as [string, number][];
  const missing = [...candidates].filter(([, v]) => v === undefined).map(([c]) => c);
  const table = [...members.map((m) => [m.code, m.labourForce] as const), ...known];
  const result = suggestMembers(
    members.map((m) => m.code),
    table.map(([c]) => c),
    table.map(([, v]) => v),
    minimum
  );
  if (!result.ok) {
    const reason = formatError(result.error, language);
    return missing.length > 0 ? { kind: "ask", missing, reason } : { kind: "none", reason };
  }
  const figure = new Map(known);
  const add = result.value.map((name) => {
    const code = known.find(([c]) => sameMunicipality(c, name))![0];
    return { code, labourForce: figure.get(code)! };
  });
  return { kind: "add", add, added: add.reduce((a, m) => a + m.labourForce, 0), missing };
}
