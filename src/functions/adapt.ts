import type { Result } from "../core";
import { CATALOGUE, type CatalogueId, type FunctionEntry } from "./catalogue";
import type { ExcelArg, ExcelResult } from "./excelValue";
import { parseArg } from "./parseArg";
import { withArgs } from "./withArgs";

/** Excel argument shapes in, a `Result` of an Excel value out. */
export type Adapter = (...args: ExcelArg[]) => Result<ExcelResult>;

/**
 * The adapter of a catalogue entry: each argument parsed by its parameter's kind (the first
 * fault, left to right, is the error), then the entry's call of the core.
 */
export function adapterOf(entry: FunctionEntry): Adapter {
  const params = entry.parameters;
  const compute = entry.compute as (...a: unknown[]) => Result<ExcelResult>;
  return (...args) =>
    withArgs(
      params.map((p, i) => parseArg(p, args[i])),
      compute
    );
}

/** Every catalogue function's adapter by id (Excel and the headless engine call the same ones). */
export const adapters = Object.fromEntries(CATALOGUE.map((e) => [e.id, adapterOf(e)])) as Record<
  CatalogueId,
  Adapter
>;
