import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as core from "../../../src/core";
import { run } from "../../../src/cli/main";

/** Runs the CLI in-process and returns its exit status and what it printed. */
export async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
  try {
    return { code: await run(args), out };
  } finally {
    spy.mockRestore();
  }
}

/** The value of a core result; throws with the error when there is none. */
export const value = <T>(r: core.Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** A temporary folder for edited copies, removed after the test file's run. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "calc-templates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies a template with some inputs changed (exceljs keeps the formulas and old cached values). */
export async function edited(
  dir: string,
  file: string,
  sheet: string,
  changes: Record<string, number | string>
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [ref, v] of Object.entries(changes)) wb.getWorksheet(sheet)!.getCell(ref).value = v;
  const out = join(dir, `edited-${Object.keys(changes).join("-")}-${file.split("/").pop()}`);
  await wb.xlsx.writeFile(out);
  return out;
}

/** Recalculates a file with `tyoalue calc --json`: every formula cell's value by "Sheet!A1". */
export async function recalculated(file: string): Promise<Record<string, unknown>> {
  return JSON.parse((await cli(["calc", file, "--json"])).out);
}
