import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
} from "hyperformula";
import type { ExcelArg } from "../functions/excelValue";
import { adapters } from "../functions/adapters";
import { ADDIN_NAMESPACE as NAMESPACE } from "../core";
import { catalogue, type CatalogueEntry } from "./catalogue";
import { toExcelArg, toHfValue } from "./hfValues";
import { Reservations, type Ast, type State } from "./reservations";
import { spillExtent, type Extent, type SizeInputs } from "./spillExtent";

// The catalogue registered in HyperFormula under TYOALUE.<ID>, from the generated metadata,
// each function calling the same adapter Excel calls. Arguments are evaluated here (not by
// HyperFormula's coercion) so that blanks, text, booleans and errors reach the adapter as is,
// and a range, an array constant, an array expression (A1:A3*1) or another function's array
// result arrives as the 2-D array Excel passes.

const ONE: Extent = { width: 1, height: 1 };
const omitted = (ast: Ast | undefined) => ast === undefined || ast.type === "EMPTY";

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

class TyoalueFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  private readonly reserved = new Reservations(this.dependencyGraph);

  /** One catalogue call: its arguments as Excel shapes, the adapter, the result as a HyperFormula value. */
  call(ast: Ast, state: State, entry: CatalogueEntry): unknown {
    const bad = arityError(ast, entry);
    if (bad) return bad;
    const args: ExcelArg[] = entry.parameters.map((_, i) =>
      omitted(ast.args[i])
        ? null
        : toExcelArg(this.evaluateAst(ast.args[i] as never, state as never))
    );
    const adapter = adapters[entry.id as keyof typeof adapters] as (
      ...a: ExcelArg[]
    ) => Parameters<typeof toHfValue>[0];
    return this.reserved.fit(ast, state, toHfValue(adapter(...args)));
  }

  /** The cells a spilling call takes, from its arguments' shapes (or one scalar value), without calling it. */
  size(ast: Ast, state: State, entry: CatalogueEntry): ArraySize {
    // Arguments are array expressions inside a catalogue call, as in Excel.
    const arrays = { formulaAddress: state.formulaAddress, arraysFlag: true } as State;
    const inputs: SizeInputs = {
      shape: (i) => {
        if (omitted(ast.args[i])) return ONE;
        const s = this.arraySizeForAst(ast.args[i] as never, arrays as never);
        return { width: s.width, height: s.height };
      },
      value: (i) => {
        if (omitted(ast.args[i])) return null;
        try {
          return toExcelArg(this.evaluateAst(ast.args[i] as never, arrays as never));
        } catch {
          return undefined; // a cell not computed yet: the size is settled after evaluation
        }
      },
    };
    const rule = arityError(ast, entry) ? ONE : spillExtent(entry.source, inputs);
    const extent = this.reserved.reserve(ast, state, rule);
    return new ArraySize(extent.width, extent.height);
  }
}

const translations: Record<string, string> = {};
for (const entry of catalogue) {
  const name = `${NAMESPACE}.${entry.id}`;
  const method = `fn_${entry.id}`;
  const sizeMethod = `size_${entry.id}`;
  const proto = TyoalueFunctions.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: TyoalueFunctions, ast: Ast, state: State) {
    return this.call(ast, state, entry);
  };
  const spills = entry.result.dimensionality === "matrix";
  if (spills) {
    const r = entry.source.result;
    if (r.shape !== "spill" || !r.size) throw new Error(`${name} spills but declares no size`);
    proto[sizeMethod] = function (this: TyoalueFunctions, ast: Ast, state: State) {
      return this.size(ast, state, entry);
    };
  }
  TyoalueFunctions.implementedFunctions[name] = {
    method,
    parameters: entry.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: p.optional,
    })),
    enableArrayArithmeticForArguments: true,
    ...(spills ? { sizeOfResultArrayMethod: sizeMethod } : {}),
  };
  translations[name] = name;
}

let registered = false;

/** Registers the catalogue with HyperFormula (once per process). */
export function registerTyoalueFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(TyoalueFunctions as never, { enGB: translations });
  registered = true;
}
