import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_LANGS } from "../../../src/templates/catalog";
import { TEMPLATES } from "../../../src/templates/specs";

/** The committed templates: one entry per spec and language. */
export const TEMPLATE_FILES = TEMPLATES.flatMap((spec) =>
  TEMPLATE_LANGS.map((lang) => ({
    spec,
    lang,
    file: join("assets", "templates", `${spec.name}.${lang}.xlsx`),
  }))
);

/** Opens a committed template as a zip package. */
export const openPackage = (file: string): Promise<JSZip> => JSZip.loadAsync(readFileSync(file));

/** Reads a workbook with exceljs. */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The cached value of a cell (the result of a formula, or the constant). */
export function cached(wb: ExcelJS.Workbook, sheet: string, ref: string): unknown {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cell = ws.getCell(ref);
  // exceljs's cell.value drops a falsy formula result (0, false); the model keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return (cell.model as { result?: unknown }).result;
  return cell.value;
}

/** Integer cents of a euro figure (for exact sums). */
export const cents = (x: unknown): number => Math.round(Number(x) * 100);
