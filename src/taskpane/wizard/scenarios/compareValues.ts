/** The comparison's cell values that are more than one number: the verdict and contiguity. */
import { fill } from "../../i18n";
import type { CompareStrings } from "./compareStrings";
import type { ComparedScenario } from "./comparison";

/** A cell's value: what is compared (undefined: not computed, null: not a member) and its text. */
export type Value = { readonly key: string | number | undefined | null; readonly text?: string };

/** The members' subsidies added up to the cent. */
export const sum = (xs: readonly number[] | undefined) =>
  xs ? Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100 : undefined;

/** "meets" or "short by 1 500", compared by the shortfall. */
export const verdictOf =
  (t: CompareStrings, n: (x: number) => string) =>
  (s: ComparedScenario): Value => {
    const c = s.result.calc;
    if (c.meets === undefined) return { key: undefined };
    const short = c.meets ? 0 : (c.shortfall ?? 0);
    return {
      key: short,
      text: c.meets ? t.meets : fill(t.short, { value: n(short) }),
    };
  };

/** "connected" or "2 parts: Alajärvi, Vimpeli | Inari", compared by the parts. */
export const contiguityOf =
  (t: CompareStrings, name: (code: string) => string) =>
  (s: ComparedScenario): Value => {
    const c = s.result.calc.contiguity;
    if (!c) return { key: undefined };
    const parts = c.components.map((p) => p.map(name).join(", "));
    return {
      key: c.connected ? "connected" : JSON.stringify(c.components),
      text: c.connected
        ? t.connected
        : fill(t.parts, { count: parts.length, parts: parts.join(" | ") }),
    };
  };
