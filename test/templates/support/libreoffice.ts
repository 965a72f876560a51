import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Converts workbooks to CSV with LibreOffice headless (a real third-party reader), every
 * sheet to `<stem>-<sheet>.csv`, raw values in UTF-8, with a throw-away profile.
 */
export function convertToCsv(files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
}

/** Renders workbooks to PDF with LibreOffice headless (its print layout: paper, areas, fit). */
export function convertToPdf(files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
}

/** Reads one CSV written by {@link convertToCsv} as a grid addressed like "B15". */
export async function readCsv(file: string): Promise<(ref: string) => unknown> {
  const wb = new ExcelJS.Workbook();
  const ws = await wb.csv.readFile(file, { parserOptions: { delimiter: "," } });
  return (ref) => {
    const v = ws.getCell(ref).value;
    return v === null ? "" : v;
  };
}
