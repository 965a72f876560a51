import catalogueJson from "./catalogue.json";

/** One custom function as the engine registers it (from the generated metadata). */
export interface CatalogueEntry {
  readonly id: string;
  readonly parameters: readonly { name: string; dimensionality: string; optional: boolean }[];
  readonly result: { dimensionality: string };
}

/**
 * The catalogue generated from src/functions/functions.ts by scripts/functions-metadata.js
 * (test/engine/catalogue.test.ts proves this copy equals a fresh generation).
 */
export const catalogue: readonly CatalogueEntry[] = catalogueJson;
