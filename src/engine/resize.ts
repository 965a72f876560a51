// Spill sizes: HyperFormula reserves the cells of a spilling formula when it is entered;
// results that no longer fit are noted here and re-entered by workbook.ts.
import { SimpleRangeValue, type FunctionPlugin } from "hyperformula";

/** HyperFormula's interpreter state as the plugin sees it (only the formula's address is read). */
export type State = unknown;

interface Sized {
  readonly width?: number | (() => number);
  readonly height?: number | (() => number);
}
const dim = (v: number | (() => number) | undefined) => (typeof v === "function" ? v() : (v ?? 1));

interface Address {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}
type Graph = { addressMapping: { getCell(a: Address): Sized | undefined } };

/** Per engine (keyed by its dependency graph): spilling formulas whose result no longer fits their cells. */
const pendingResize = new WeakMap<object, Map<string, Address>>();

/** Takes the formulas of an engine that must be re-entered so that their spill gets its new size. */
export function takePendingResizes(graph: object): Address[] {
  const pending = pendingResize.get(graph);
  if (!pending || pending.size === 0) return [];
  const list = [...pending.values()];
  pending.clear();
  return list;
}

/**
 * Compares a result with the cells HyperFormula reserved when the formula was entered.
 * A different size is noted for re-entry (workbook.ts does it after every change); a larger
 * spill cannot be stored meanwhile (HyperFormula would throw), so it is #VALUE! until then.
 */
export function fitsReserved(plugin: FunctionPlugin, state: State, value: unknown): boolean {
  const graph = (plugin as unknown as { dependencyGraph: Graph }).dependencyGraph;
  const address = (state as { formulaAddress: Address }).formulaAddress;
  const vertex = graph.addressMapping.getCell(address);
  const [w0, h0] = vertex && "array" in vertex ? [dim(vertex.width), dim(vertex.height)] : [1, 1];
  const [w, h] = value instanceof SimpleRangeValue ? [value.width(), value.height()] : [1, 1];
  if (w !== w0 || h !== h0) {
    if (!pendingResize.has(graph)) pendingResize.set(graph, new Map());
    pendingResize.get(graph)!.set(`${address.sheet}:${address.row}:${address.col}`, address);
  }
  return w <= w0 && h <= h0;
}
