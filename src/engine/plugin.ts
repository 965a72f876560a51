import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import type { ExcelArg } from "../functions/excel-value";
import { adapters } from "../functions/adapters";
import { catalogue, NAMESPACE, type CatalogueEntry } from "./catalogue";
import { toExcelArg, toHfValue } from "./hf-values";

// The catalogue registered in HyperFormula under TYOALUE.<ID>, from the generated metadata,
// each function calling the same adapter Excel calls. Arguments are evaluated here (not by
// HyperFormula's coercion) so that blanks, text, booleans and errors reach the adapter as is.

interface Ast {
  readonly type: string;
  readonly args: readonly Ast[];
}
type State = unknown;

/** Evaluates the arguments of a call as Excel shapes; omitted or empty arguments are null. */
function argsOf(plugin: FunctionPlugin, ast: Ast, state: State, entry: CatalogueEntry): ExcelArg[] {
  const evaluate = (a: Ast) =>
    (plugin as unknown as { evaluateAst(a: Ast, s: State): unknown }).evaluateAst(a, state);
  return entry.parameters.map((_, i) =>
    i >= ast.args.length || ast.args[i].type === "EMPTY" ? null : toExcelArg(evaluate(ast.args[i]))
  );
}

function arityError(ast: Ast, entry: CatalogueEntry): CellError | undefined {
  const required = entry.parameters.filter((p) => !p.optional).length;
  if (ast.args.length > entry.parameters.length || ast.args.length < required) {
    return new CellError(
      ErrorType.NA,
      `${NAMESPACE}.${entry.id} takes ${required}–${entry.parameters.length} arguments`
    );
  }
  return undefined;
}

function call(plugin: FunctionPlugin, ast: Ast, state: State, entry: CatalogueEntry): unknown {
  const bad = arityError(ast, entry);
  if (bad) return bad;
  const adapter = adapters[entry.id as keyof typeof adapters] as (
    ...a: ExcelArg[]
  ) => Parameters<typeof toHfValue>[0];
  return toHfValue(adapter(...argsOf(plugin, ast, state, entry)));
}

/**
 * The size a spilling call will take, found by evaluating it with the values known when the
 * formula is entered. Sizes that depend on cells not yet computed come out as one cell; the
 * workbook re-enters such formulas once everything is computed (see workbook.ts).
 */
function size(plugin: FunctionPlugin, ast: Ast, state: State, entry: CatalogueEntry): ArraySize {
  try {
    const value = call(plugin, ast, state, entry) as {
      width?: () => number;
      height?: () => number;
    };
    if (value && typeof value.width === "function" && typeof value.height === "function") {
      return new ArraySize(value.width(), value.height!());
    }
  } catch {
    // values not computed yet: one cell for now
  }
  return ArraySize.scalar();
}

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
function fitsReserved(plugin: FunctionPlugin, state: State, value: unknown): boolean {
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

class TyoalueFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, string> = {};
for (const entry of catalogue) {
  const name = `${NAMESPACE}.${entry.id}`;
  const method = `fn_${entry.id}`;
  const sizeMethod = `size_${entry.id}`;
  const proto = TyoalueFunctions.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: FunctionPlugin, ast: Ast, state: State) {
    const value = call(this, ast, state, entry);
    return fitsReserved(this, state, value)
      ? value
      : new CellError(ErrorType.VALUE, RESIZE_PENDING);
  };
  const spills = entry.result.dimensionality === "matrix";
  if (spills) {
    proto[sizeMethod] = function (this: FunctionPlugin, ast: Ast, state: State) {
      return size(this, ast, state, entry);
    };
  }
  TyoalueFunctions.implementedFunctions[name] = {
    method,
    parameters: entry.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: p.optional,
    })),
    ...(spills ? { sizeOfResultArrayMethod: sizeMethod } : {}),
  };
  translations[name] = name;
}

/** The message of a spill waiting to be re-entered with its new size. */
export const RESIZE_PENDING = "The result changed size; recalculating.";

let registered = false;

/** Registers the catalogue with HyperFormula (once per process). */
export function registerTyoalueFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(TyoalueFunctions as never, { enGB: translations });
  registered = true;
}
