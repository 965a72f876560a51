/**
 * Every catalogue function's adapter by catalogue id, derived from the catalogue entries
 * (src/functions/catalogue): functions.ts (Excel) and src/engine (HyperFormula) call these
 * same adapters, so a formula computes the same everywhere.
 */
export { adapters, adapterOf, type Adapter } from "../adapt";
export type { CatalogueId as AdapterId } from "../catalogue";
