/**
 * The in-memory WorkbookHost of the standalone preview: sheets kept as specs, formulas
 * computed by the headless engine (passed in, so this module stays free of it), state in
 * the browser's storage. Same rules as Excel: unique sheet names, never overwriting a
 * non-empty cell, text kept as text.
 */
import { cellAddress, parseRange } from "../core";
import type { CellSpec, ChartSpec, SheetSpec, TableSpec } from "./SheetSpec";
import { snapshotSheet } from "./memorySnapshot";
import type { SheetExporter } from "./SheetExporter";
import { putCell, updateMemorySheet, writtenSheet } from "./memoryUpdate";
import { uniqueSheetName, uniqueTableName } from "./uniqueSheetName";
import { TargetNotEmptyError, type CellValue, type WorkbookHost } from "./WorkbookHost";

/** Computes every sheet's values (rows × columns) from the cells' contents. */
export type Evaluate = (
  sheets: ReadonlyMap<string, readonly (readonly CellSpec[])[]>
) => Promise<Map<string, CellValue[][]>>;

/** The subset of `Storage` (localStorage) the host uses. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

/** One sheet as the preview shows it. */
export interface MemorySheet {
  readonly name: string;
  readonly cells: CellSpec[][];
  readonly tables: TableSpec[];
  readonly charts: ChartSpec[];
  readonly columnWidths?: readonly number[];
  /** Highlights of cells that differ from a base column (the preview computes them). */
  readonly conditionalFormats?: SheetSpec["conditionalFormats"];
}

/** The in-memory host, plus what only the preview needs. */
export interface MemoryHost extends WorkbookHost, SheetExporter {
  readonly kind: "memory";
  /** A sheet's contents, or undefined. */
  sheet(name: string): MemorySheet | undefined;
  /** What `readSelection` returns from now on (the preview has no real selection). */
  select(values: CellValue[][]): void;
  /** The active sheet's name. */
  active(): string;
}

/** A memory host with one empty sheet named `firstSheet`. */
export function createMemoryHost(
  evaluate: Evaluate,
  store: KeyValueStore,
  firstSheet = "Sheet1"
): MemoryHost {
  const sheets: MemorySheet[] = [{ name: firstSheet, cells: [], tables: [], charts: [] }];
  let selection: CellValue[][] = [];
  let activeName = firstSheet;
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const values = async (name: string) =>
    (await evaluate(new Map(sheets.map((s) => [s.name, s.cells])))).get(find(name)?.name ?? "") ??
    [];
  const unsupported = (what: string) => () =>
    Promise.reject(new Error(`${what} needs Excel; the preview cannot do it.`));
  return {
    kind: "memory",
    sheet: find,
    select: (v) => void (selection = v),
    active: () => activeName,
    readSelection: async () => selection,
    readSheet: values,
    sheetNames: async () => sheets.map((s) => s.name),
    async writeSheet(spec, target = { kind: "new" }) {
      const existing = target.kind === "existing" ? find(target.sheet) : undefined;
      if (target.kind === "existing" && !existing) throw new TargetNotEmptyError(target.sheet, "");
      if (existing) refuseIfNotEmpty(existing, spec);
      const sheet: MemorySheet = existing ?? {
        name: uniqueSheetName(
          spec.name,
          sheets.map((s) => s.name)
        ),
        cells: [],
        tables: [],
        charts: [],
      };
      if (!existing) sheets.push(sheet);
      spec.cells.forEach((row, r) =>
        row.forEach((cell, c) => cell && putCell(sheet.cells, r, c, cell))
      );
      const taken = sheets.flatMap((s) => s.tables.map((t) => t.name));
      for (const t of spec.tables)
        sheet.tables.push({
          ...t,
          name: uniqueTableName(t.name, taken.concat(sheet.tables.map((x) => x.name))),
        });
      sheet.charts.push(...spec.charts);
      const conditionalFormats = [
        ...(sheet.conditionalFormats ?? []),
        ...(spec.conditionalFormats ?? []),
      ];
      Object.assign(sheet, { columnWidths: spec.columnWidths, conditionalFormats });
      activeName = sheet.name;
      return writtenSheet(sheet.name, spec, await values(sheet.name));
    },
    async updateSheet(name, previous, next) {
      const sheet = find(name);
      if (!sheet) return { ok: false, cell: "", reason: "missing" };
      const tableNames = sheets.flatMap((s) => s.tables.map((t) => t.name));
      const edited = updateMemorySheet(sheet, previous, next, tableNames);
      if (edited) return { ok: false, cell: edited, reason: "edited" };
      return { ok: true, sheet: writtenSheet(sheet.name, next, await values(sheet.name)) };
    },
    activate: async (name) => {
      if (!find(name)) throw new Error(`No sheet named "${name}".`);
      activeName = find(name)!.name;
    },
    insertTemplate: unsupported("Inserting a template"),
    openAsNewWorkbook: unsupported("Opening a workbook"),
    async exportSheet(name) {
      const sheet = find(name);
      if (!sheet) throw new Error(`No sheet named "${name}".`);
      const { exportXlsx } = await import(
        /* webpackChunkName: "xlsx-export" */ "./xlsx/exportXlsx"
      );
      return exportXlsx({ ...sheet, values: await values(name) });
    },
    async snapshotToValues(name) {
      const sheet = find(name);
      return sheet ? snapshotSheet(sheet, sheets, evaluate) : 0;
    },
    loadState: async (key) => store.getItem(key),
    saveState: async (key, json) => store.setItem(key, json),
  };
}

function refuseIfNotEmpty(sheet: MemorySheet, spec: SheetSpec): void {
  const cols = Math.max(1, ...spec.cells.map((r) => r.length));
  const { bottom, right } = parseRange(`A1:${cellAddress(spec.cells.length - 1, cols - 1)}`);
  for (let r = 0; r <= bottom; r++)
    for (let c = 0; c <= right; c++)
      if (hasContent(sheet.cells[r]?.[c]))
        throw new TargetNotEmptyError(sheet.name, cellAddress(r, c));
}

const hasContent = (cell: CellSpec | undefined): boolean => !!cell && cell.kind !== "blank";
