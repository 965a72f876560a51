/**
 * Issue 10, item 6: hostile files get one line on stderr and exit 2, fast; nothing the engine
 * invents (#CYCLE!) is written into a file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import zlib from "node:zlib";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { captureCliOutput } from "../cli/support/captureCliOutput";
import { inEnglish } from "../cli/support/inEnglish";
import { entry, zeros, zipOf } from "./support/zipBuilder";

jest.setTimeout(60000);
const { out, err } = captureCliOutput();
inEnglish(); // the messages quoted below are the English ones
const dir = mkdtempSync(join(tmpdir(), "tyoalue-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const MIB = 1024 * 1024;

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** Expects exit 2 with exactly one line on stderr matching `message`, and no output file. */
async function refused(args: string[], message: RegExp): Promise<void> {
  const output = file(`out-${Math.random().toString(36).slice(2)}.xlsx`);
  expect(await run([...args, "--out", output])).toBe(2);
  expect(err.join("").trim().split("\n")).toHaveLength(1);
  expect(err.join("")).toMatch(message);
  expect(existsSync(output)).toBe(false);
}

describe("a zip bomb", () => {
  it("5 MB that would inflate to 5 GiB is refused from its directory: nothing inflated, under 300 MB", async () => {
    const bomb = zipOf([
      entry("[Content_Types].xml", CONTENT_TYPES),
      ...[1, 2, 3, 4, 5].map((k) => zeros(`xl/worksheets/sheet${k}.xml`, 1024)),
    ]);
    expect(bomb.length).toBeLessThan(6 * MIB);
    writeFileSync(file("bomb.xlsx"), bomb);
    const rss = process.memoryUsage().rss;
    // Counted, not timed (CI is a busy machine): the refusal comes from the zip directory, so
    // no part is inflated at all. The bench and the note give the time (about 0.4 s).
    const inflate = jest.spyOn(zlib, "inflateRawSync");
    // The spy sees the CLI's inflating: a real template is read through it.
    expect(await run(["calc", "--quiet", "assets/templates/aluejako.fi.xlsx"])).toBe(0);
    expect(inflate).toHaveBeenCalled();
    inflate.mockClear();
    await refused(["calc", file("bomb.xlsx")], /refused: it would inflate to 5120 MiB/);
    expect(await run(["snapshot", file("bomb.xlsx"), file("bomb-snap.xlsx")])).toBe(2);
    expect(inflate).not.toHaveBeenCalled();
    inflate.mockRestore();
    expect((process.memoryUsage().rss - rss) / MIB).toBeLessThan(300);
  });

  it("a directory that understates a part (1 KB declared, 64 MiB inside) stops at the declared size", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const parts = await Promise.all(
      names.map(async (n) => entry(n, await zip.files[n].async("nodebuffer")))
    );
    const liar = { ...zeros("xl/worksheets/sheet1.xml", 64), size: 1024 };
    writeFileSync(file("liar.xlsx"), zipOf(parts.map((p) => (p.name === liar.name ? liar : p))));
    await refused(["calc", file("liar.xlsx")], /liar\.xlsx: cannot read the workbook/);
  });
});

describe("files that are not .xlsx are named as what they are", () => {
  const cfb = (streams: string[]) =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      ...streams.map((s) => Buffer.from(s, "utf16le")),
    ]);
  it.each([
    ["encrypted.xlsx", cfb(["EncryptionInfo", "EncryptedPackage"]), /password-protected/],
    ["old.xlsx", cfb(["Workbook"]), /legacy \.xls workbook/],
    [
      "sheet.xlsx",
      zipOf([
        entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        entry("content.xml", "<office:document-content/>"),
      ]),
      /OpenDocument spreadsheet \(\.ods\)/,
    ],
    [
      "binary.xlsx",
      zipOf([entry("[Content_Types].xml", CONTENT_TYPES), entry("xl/workbook.bin", "bin")]),
      /binary \.xlsb workbook/,
    ],
  ])("%s", async (name, bytes, message) => {
    writeFileSync(file(name), bytes);
    await refused(["calc", file(name)], message);
  });
});

describe("formulas", () => {
  it("one nested 10 000 deep names its sheet and cell", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Syvä");
    s.getCell("C7").value = {
      formula: `${"SUM(".repeat(10000)}1${")".repeat(10000)}`,
      result: 1,
    } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file("deep.xlsx"));
    await refused(["calc", file("deep.xlsx")], /Syvä!C7: the formula nests 10000 levels deep/);
  });

  it("a circular reference is reported by cell and written as 0 (Excel's display), never #CYCLE!", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Kehä");
    s.getCell("A1").value = { formula: "TYOALUE.LABOURFORCE(B1)", result: 0 } as ExcelJS.CellValue;
    s.getCell("B1").value = { formula: "A1+1", result: 0 } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file("cycle.xlsx"));
    expect(await run(["calc", file("cycle.xlsx"), "--out", file("cycle-out.xlsx")])).toBe(0);
    expect(err.join("")).toMatch(/Kehä!A1: circular reference/);
    expect(out.join("")).not.toContain("#CYCLE!");
    const zip = await JSZip.loadAsync(readFileSync(file("cycle-out.xlsx")));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toContain("CYCLE");
    expect(sheet).toMatch(/<c r="A1"[^>]*><f>TYOALUE\.LABOURFORCE\(B1\)<\/f><v>0<\/v><\/c>/);
  });
});

describe("sheet size", () => {
  const FORMULA = '<c r="B1"><f>SUM(A:A)</f><v>0</v></c>';
  it("a sheet of 40 001 rows (past HyperFormula's default limit) is computed: sheets are as large as Excel's", async () => {
    const rows = Array.from(
      { length: 40_001 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c>${i ? "" : FORMULA}</row>`
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Pitkä").getCell("B1").value = {
      formula: "SUM(A:A)",
      result: 0,
    } as ExcelJS.CellValue;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`)
    );
    writeFileSync(
      file("tall.xlsx"),
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );
    expect(await run(["calc", file("tall.xlsx"), "--json"])).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual({ "Pitkä!B1": 40001 }); // SUM(A:A) of 40 001 ones
  });
});
