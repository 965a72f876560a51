import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
} from "hyperformula";
import type { ExcelArg } from "../functions/excel-value";
import { adapters } from "../functions/adapters";
import { ADDIN_NAMESPACE as NAMESPACE } from "../core";
import { catalogue, type CatalogueEntry } from "./catalogue";
import { toExcelArg, toHfValue } from "./hf-values";
import { fitsReserved, type State } from "./resize";

// The catalogue registered in HyperFormula under TYOALUE.<ID>, from the generated metadata,
// each function calling the same adapter Excel calls. Arguments are evaluated here (not by
// HyperFormula's coercion) so that blanks, text, booleans and errors reach the adapter as is.

interface Ast {
  readonly type: string;
  readonly args: readonly Ast[];
}

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
