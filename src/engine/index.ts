/**
 * The headless engine: the TYOALUE catalogue in HyperFormula (GPLv3 licence key), for the
 * preview, the CLI and tests. Never part of what Excel loads.
 */
export {
  createWorkbookEngine,
  SHEET_LIMITS,
  type CellInput,
  type WorkbookEngine,
} from "./workbook";
export { isEngineError, type EngineError, type EngineValue } from "./engineValue";
export { toEngineFormula } from "./formulaText";
export { catalogue, type CatalogueEntry } from "./catalogue";
