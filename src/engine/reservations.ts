import { CellError, ErrorType, SimpleRangeValue } from "hyperformula";
import type { Extent } from "./spillExtent";

// Spill sizes: HyperFormula reserves a spilling formula's cells when the formula is entered,
// from the size rules (spillExtent.ts). A size that depends on a value can change afterwards;
// such formulas are noted here and re-entered by workbook.ts, which gives them their new size.

/** A node of HyperFormula's formula tree as the plugin sees it (only these fields are read). */
export interface Ast {
  readonly type: string;
  readonly args: readonly Ast[];
  readonly procedureName?: string;
}

/** A cell address in HyperFormula's terms. */
export interface Address {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** HyperFormula's interpreter state as the plugin sees it (only the formula's address is read). */
export interface State {
  readonly formulaAddress: Address;
}

/** The message of a spill waiting to be re-entered with its new size. */
export const RESIZE_PENDING = "The result changed size; recalculating.";

/** Per engine (keyed by its dependency graph, see hfInternals.ts): formulas to re-enter. */
const pending = new WeakMap<object, Map<string, Address>>();

const keyOf = (a: Address) => `${a.sheet}:${a.row}:${a.col}`;

/** Takes the formulas of an engine that must be re-entered so that their spill gets its new size. */
export function takePendingResizes(engine: object): Address[] {
  const list = [...(pending.get(engine)?.values() ?? [])];
  pending.get(engine)?.clear();
  return list;
}

/** The sizes reserved for the spilling calls of one engine, by formula and call. */
export class Reservations {
  private readonly sizes = new Map<string, WeakMap<Ast, Extent>>();
  /**
   * Calls whose result was an error, by formula and function: re-entered (which parses the
   * formula afresh), they take one cell, as an error does not spill.
   */
  private readonly errored = new Set<string>();

  constructor(private readonly engine: object) {}

  /** The size to reserve for a call as its formula is entered (noted to check the result against). */
  reserve(ast: Ast, state: State, extent: Extent): Extent {
    const key = keyOf(state.formulaAddress);
    const size = this.errored.delete(`${key}:${ast.procedureName}`)
      ? { width: 1, height: 1 }
      : extent;
    if (!this.sizes.has(key)) this.sizes.set(key, new WeakMap());
    this.sizes.get(key)!.set(ast, size);
    return size;
  }

  /**
   * The value when it fits the cells reserved for it (a call inside SUM and the like has no
   * reservation). A different size is noted for re-entry (an error, which Excel shows in one
   * cell, as one cell); a larger result cannot be stored meanwhile (HyperFormula would
   * throw), so it is #VALUE! until then.
   */
  fit(ast: Ast, state: State, value: unknown): unknown {
    const key = keyOf(state.formulaAddress);
    const reserved = this.sizes.get(key)?.get(ast);
    if (!reserved) return value;
    const error = value instanceof CellError;
    const [w, h] = value instanceof SimpleRangeValue ? [value.width(), value.height()] : [1, 1];
    if (w === reserved.width && h === reserved.height) return value;
    if (error) this.errored.add(`${key}:${ast.procedureName}`);
    if (!pending.has(this.engine)) pending.set(this.engine, new Map());
    pending.get(this.engine)!.set(key, state.formulaAddress);
    return error || (w <= reserved.width && h <= reserved.height)
      ? value
      : new CellError(ErrorType.VALUE, RESIZE_PENDING);
  }
}
