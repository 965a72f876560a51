import { CATALOGUE, type FunctionEntry } from "../functions/catalogue";
import { takesRange } from "../functions/parseArg";

/** One custom function as the engine registers it (derived from its catalogue entry). */
export interface CatalogueEntry {
  readonly id: string;
  readonly parameters: readonly { name: string; dimensionality: string; optional: boolean }[];
  readonly result: { dimensionality: string };
  /** The catalogue entry itself (its spill size, read by spillExtent.ts). */
  readonly source: FunctionEntry;
}

/** The catalogue as the engine registers it: the same entries Excel's metadata comes from. */
export const catalogue: readonly CatalogueEntry[] = CATALOGUE.map((e) => ({
  id: e.id,
  parameters: e.parameters.map((p) => ({
    name: p.id,
    dimensionality: takesRange(p.kind) ? "matrix" : "scalar",
    optional: !!p.optional,
  })),
  result: { dimensionality: e.result.shape === "spill" ? "matrix" : "scalar" },
  source: e,
}));
