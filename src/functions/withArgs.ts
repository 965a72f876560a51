import type { Result } from "../core";

type Parsed<T extends readonly unknown[]> = { readonly [K in keyof T]: Result<T[K]> };

/**
 * Runs `fn` on the parsed values when every argument parsed; otherwise returns the first
 * argument's error (arguments are reported left to right, as a user reads the formula).
 * @example withArgs([ok(1), ok(2)], (a, b) => ok(a + b)) // { ok: true, value: 3 }
 */
export function withArgs<T extends readonly unknown[], R>(
  parsed: Parsed<T>,
  fn: (...values: T) => Result<R>
): Result<R> {
  const values: unknown[] = [];
  for (const p of parsed as readonly Result<unknown>[]) {
    if (!p.ok) return p;
    values.push(p.value);
  }
  return fn(...(values as unknown as T));
}

/** The value of a successful result passed through `f`; an error passes unchanged. */
export function mapOk<T, U>(result: Result<T>, f: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}
