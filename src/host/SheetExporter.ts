/**
 * A capability only the preview has: a sheet as an .xlsx file, for a download button.
 * The file holds the sheet's cells (text as text), formulas with the values the preview
 * computed for them, number formats, styles, highlights and column widths; not its tables or
 * charts.
 * The writer is a lazily loaded chunk: nothing of it is in the bundle until first used.
 * Rejects when there is no sheet of that name.
 */
export interface SheetExporter {
  exportSheet(name: string): Promise<Uint8Array>;
}
