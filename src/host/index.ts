/** The workbook port and what the task pane may use of it without pulling in Excel or the engine. */
export type {
  CellValue,
  CellErrorValue,
  UpdateResult,
  WorkbookHost,
  WrittenSheet,
  WriteTarget,
} from "./WorkbookHost";
export { TargetNotEmptyError } from "./WorkbookHost";
export type { SheetSpec, CellSpec, ChartSpec, TableSpec } from "./SheetSpec";
export { NumberFormats } from "./SheetSpec";
export type { SheetExporter } from "./SheetExporter";
