/**
 * Calculation errors are values: every core calculation returns a {@link Result}.
 * The closed set of error codes mirrors the Excel errors the adapters map them to.
 */
export type ErrorCode = "#VALUE!" | "#N/A";

/** Where in an argument the fault is: 1-based row and column inside the range. */
export interface Position {
  readonly row: number;
  readonly col?: number;
}

/**
 * A calculation error. `message` is a key of the message catalog (see `messages/`);
 * `arg` is the English parameter id (as in the formula catalogue, e.g. "labourForce");
 * `params` are the values the message interpolates.
 */
export interface CalcError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly arg?: string;
  readonly at?: Position;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A calculation's outcome. Narrow on `ok`; `value` and `error` may also be read directly
 * (each is `undefined` on the other branch), e.g. `labourForce(xs).value`.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly error?: undefined }
  | { readonly ok: false; readonly error: CalcError; readonly value?: undefined };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result carrying a calculation error. */
export const fail = <T = never>(error: CalcError): Result<T> => ({ ok: false, error });
