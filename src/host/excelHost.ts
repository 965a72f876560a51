/**
 * The Excel implementation of the WorkbookHost port (Office.js). The batch runner and the
 * Office settings are injected so tests can count `context.sync()` calls with fakes.
 */
import { excelSnapshot } from "./excelSnapshot";
import { excelWriteSheet } from "./excelWriteSheet";
import type { CellValue, WorkbookHost } from "./WorkbookHost";

/** `Excel.run` or a test fake of it. */
export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The subset of `Office.context.document.settings` the host uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export interface ExcelHostDeps {
  readonly run: ExcelRun;
  readonly settings: SettingsStore;
  /** `Excel.createWorkbook`. */
  readonly createWorkbook: (base64: string) => Promise<void>;
}

/** A WorkbookHost over Office.js. */
export function createExcelHost(deps: ExcelHostDeps): WorkbookHost {
  const { run, settings } = deps;
  return {
    kind: "excel",
    readSelection: () =>
      run(async (ctx) => {
        const range = ctx.workbook.getSelectedRange();
        range.load("values");
        await ctx.sync();
        return range.values as CellValue[][];
      }),
    readSheet: (name) =>
      run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load("values");
        await ctx.sync();
        return used.isNullObject ? [] : (used.values as CellValue[][]);
      }),
    sheetNames: () =>
      run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),
    writeSheet: (spec, target) => run((ctx) => excelWriteSheet(ctx, spec, target)),
    // Placeholder until the Excel implementation lands: says so instead of pretending.
    updateSheet: () => Promise.reject(new Error("Updating a sheet is not available in Excel yet.")),
    activate: (name) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).activate();
        await ctx.sync();
      }),
    insertTemplate: (base64) =>
      run(async (ctx) => {
        const names = ctx.workbook.insertWorksheetsFromBase64(base64);
        await ctx.sync();
        return names.value;
      }),
    openAsNewWorkbook: (base64) => deps.createWorkbook(base64),
    snapshotToValues: (name) => run((ctx) => excelSnapshot(ctx, name)),
    loadState: async (key) => {
      const v = settings.get(key);
      return typeof v === "string" ? v : null;
    },
    saveState: (key, json) =>
      new Promise<void>((resolve, reject) => {
        settings.set(key, json);
        settings.saveAsync((r) =>
          r.status === "failed" ? reject(new Error(r.error?.message ?? "save failed")) : resolve()
        );
      }),
  };
}

/** The host for the real Excel (call only after `Office.onReady` reported Excel). */
export function excelHostFromOffice(): WorkbookHost {
  return createExcelHost({
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  });
}
