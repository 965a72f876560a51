import type { Arg, Parameter } from "./entry";

/** A block's size in cells. */
export interface Extent {
  readonly width: number;
  readonly height: number;
}

/** One cell: a scalar result, or an error. */
export const ONE_CELL: Extent = { width: 1, height: 1 };

/** A column of n cells (at least one: an empty list spills one empty cell). */
export const column = (n: number): Extent => ({ width: 1, height: Math.max(1, n) });

type Id<P extends readonly Parameter[]> = P[number]["id"];
type ArgOf<P extends readonly Parameter[], N> = Arg<Extract<P[number], { readonly id: N }>>;

/** A size from one argument's value, parsed by its parameter's kind; undefined = one cell. */
type FromValue<P extends readonly Parameter[]> = {
  [N in Id<P>]: {
    readonly by: "value";
    readonly of: N;
    readonly size: (value: ArgOf<P, N>) => Extent | undefined;
  };
}[Id<P>];

/**
 * How many cells a spilling result takes, known before it is computed (the engine reserves
 * them when a formula is entered, so the function is evaluated once):
 * - `{ like: "x" }`: the shape of argument x (a column in, a column out);
 * - `{ by: "shape", of: "x", size }`: a function of argument x's shape;
 * - `{ by: "value", of: "x", size }`: a function of argument x's parsed value, when it is known
 *   (an omitted optional argument is undefined; a value that cannot be parsed is one cell);
 * - `"computed"`: the result's own size, known only by computing it when every argument is.
 */
export type SpillSize<P extends readonly Parameter[] = readonly Parameter[]> =
  | { readonly like: Id<P> }
  | { readonly by: "shape"; readonly of: Id<P>; readonly size: (shape: Extent) => Extent }
  | FromValue<P>
  | "computed";
