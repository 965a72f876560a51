/** Issue 10, item 3: one note sheet at most, none when nothing was replaced, printing on A4. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { captureCliOutput } from "./support/captureCliOutput";
import { inEnglish } from "./support/inEnglish";

jest.setTimeout(60000);
const { out } = captureCliOutput();
inEnglish(); // the messages quoted below are the English ones
const dir = mkdtempSync(join(tmpdir(), "tyoalue-note-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AREA = "assets/templates/tyollisyysalue.fi.xlsx";
const NOTE = /<sheet name="Arvot – Värden"/g;

async function workbookXml(file: string): Promise<{ wb: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return { wb: await zip.file("xl/workbook.xml")!.async("string"), zip };
}

describe("snapshot's note sheet", () => {
  it("is added once, prints on A4 (paperSize 9), and a second snapshot adds no other", async () => {
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    expect(await run(["snapshot", AREA, once])).toBe(0);
    expect(await run(["snapshot", once, twice])).toBe(0);
    expect(out.join("")).toContain("replaced 0 TYOALUE formulas"); // the second found none
    const { wb, zip } = await workbookXml(twice);
    expect(wb.match(NOTE)).toHaveLength(1);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const notes = await Promise.all(sheets.map((n) => zip.file(n)!.async("string")));
    const note = notes.find((x) => x.includes("tilannekuva"))!;
    expect(note).toContain('<pageSetup paperSize="9"');
    expect(note).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  it("is not added to a workbook without TYOALUE formulas", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Summa");
    s.getCell("A1").value = 2;
    s.getCell("A2").value = { formula: "A1*2", result: 4 } as ExcelJS.CellValue;
    const input = join(dir, "plain.xlsx");
    await wb.xlsx.writeFile(input);
    const output = join(dir, "plain-snap.xlsx");
    expect(await run(["snapshot", input, output])).toBe(0);
    expect((await workbookXml(output)).wb).not.toMatch(NOTE);
  });
});
