/**
 * What the standalone preview can do beyond the workbook port: show a sheet's computed
 * contents, export it as .xlsx, and write a template's sheets into its in-memory workbook
 * (there is no Excel to insert a file into). The composition root passes these in; in
 * Excel they are absent, and views ask whether a capability is there, never which host runs.
 */
import type { MemorySheet } from "../host/memoryHost";
import type { CellValue } from "../host/WorkbookHost";

/** The preview's workbook as the pane reads it: a sheet's specs and its computed values. */
export interface PreviewWorkbook {
  sheet(name: string): MemorySheet | undefined;
  readSheet(name: string): Promise<CellValue[][]>;
}

export interface PreviewCapabilities {
  readonly workbook: PreviewWorkbook;
  /** The sheet as an .xlsx file. */
  readonly exportSheet: (name: string) => Promise<Uint8Array>;
  /** Writes a template (.xlsx, base64) into the workbook; returns the sheets' names. */
  readonly writeTemplate: (base64: string) => Promise<string[]>;
}
