import { toCents } from "../core";
import type { CachedValue } from "./cellValues";

/** Relative tolerance for numbers computed in a different order (far below a cent for amounts under 10^6 €). */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Whether a cached value and a recalculated one agree, as `calc --check` decides it:
 * - numbers: within a relative 1e-9 AND equal when rounded to cents (half away from zero).
 *   So money, which the catalogue returns in exact cents, must match to the cent; shares,
 *   projections and other fractions must match to about nine significant digits;
 * - text, booleans and error codes: exactly; a blank equals an empty text.
 * @example sameValue(74.42, 74.42000000000001) // true
 * @example sameValue(1.01, 1.0) // false
 */
export function sameValue(cached: CachedValue, computed: CachedValue): boolean {
  const blank = (v: CachedValue) => v === null || v === "";
  if (blank(cached) && blank(computed)) return true;
  if (typeof cached === "number" && typeof computed === "number") {
    if (cached === computed) return true;
    const scale = Math.max(1, Math.abs(cached), Math.abs(computed));
    return (
      Math.abs(cached - computed) <= RELATIVE_TOLERANCE * scale &&
      toCents(cached) === toCents(computed)
    );
  }
  if (
    cached !== null &&
    computed !== null &&
    typeof cached === "object" &&
    typeof computed === "object"
  ) {
    return cached.error === computed.error;
  }
  return cached === computed;
}
