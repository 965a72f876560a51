/**
 * Formula injection in the CLI's output: `tyoalue calc --out` of a workbook whose cells (and
 * a formula's cached result) hold the PAYLOADS, and `tyoalue snapshot` of a workbook whose
 * TYOALUE formula has such a text as its cached result. Each must read back as text; and calc
 * must read text constants as text, as Excel does.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { PAYLOADS } from "./support/payloads";
import { rawFormulas, readCells } from "./support/xlsxCells";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tyoalue-inject-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  jest.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => jest.restoreAllMocks());

async function workbookWith(
  file: string,
  addinResult: string,
  addinFormula = 'TYOALUE.MUNICIPALITY(5,"fi")'
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Alue");
  PAYLOADS.forEach((p, i) => (s.getCell(i + 1, 1).value = p));
  s.getCell("B1").value = { formula: "A1", result: PAYLOADS[0] } as ExcelJS.CellValue; // a reference: its result is text
  s.getCell("B2").value = {
    formula: addinFormula,
    result: addinResult,
  } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(file);
}

describe("the CLI", () => {
  it("calc --out keeps every payload a text constant and writes text results as text", async () => {
    await workbookWith(join(dir, "in.xlsx"), "Alajärvi");
    expect(await run(["calc", join(dir, "in.xlsx"), "--out", join(dir, "out.xlsx")])).toBe(0);
    const bytes = readFileSync(join(dir, "out.xlsx"));
    const cells = await readCells(bytes);
    PAYLOADS.forEach((p, i) =>
      expect(cells.find((c) => c.address === `A${i + 1}`)).toEqual({
        sheet: "Alue",
        address: `A${i + 1}`,
        value: p,
      })
    );
    expect(cells.find((c) => c.address === "B1")).toEqual({
      sheet: "Alue",
      address: "B1",
      formula: "A1",
      value: PAYLOADS[0],
    });
    expect((await rawFormulas(bytes)).sort()).toEqual(
      ["A1", "TYOALUE.MUNICIPALITY(5,&quot;fi&quot;)"].sort()
    );
  });

  it("calc reads text constants as text, as Excel does: '28616' typed as text is refused, '=1+1' is not run", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = "28616";
    s.getCell("A2").value = "=1+1";
    s.getCell("B1").value = { formula: "TYOALUE.LABOURFORCE(A1)", result: 0 } as ExcelJS.CellValue;
    s.getCell("B2").value = { formula: "A2", result: "=1+1" } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(join(dir, "text.xlsx"));
    const out: string[] = [];
    (process.stdout.write as jest.Mock).mockImplementation((t) => (out.push(String(t)), true));
    expect(await run(["calc", join(dir, "text.xlsx"), "--json"])).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual({
      "S!B1": { error: "#VALUE!", message: expect.any(String) },
      "S!B2": "=1+1",
    });
  });

  it.each(PAYLOADS.map((p) => [p]))(
    "snapshot turns a TYOALUE formula whose cached result is %s into that text",
    async (payload) => {
      // snapshot freezes current values only: a TYOALUE formula whose result is the payload
      // (the payload's own cell, read when the area of 30 000 meets the minimum)
      const row = PAYLOADS.indexOf(payload) + 1;
      await workbookWith(
        join(dir, "snap-in.xlsx"),
        payload,
        `IF(TYOALUE.MEETSMINIMUM(30000),A${row},"")`
      );
      expect(await run(["snapshot", join(dir, "snap-in.xlsx"), join(dir, "snap-out.xlsx")])).toBe(
        0
      );
      const bytes = readFileSync(join(dir, "snap-out.xlsx"));
      const cells = await readCells(bytes);
      expect(cells.find((c) => c.sheet === "Alue" && c.address === "B2")).toEqual({
        sheet: "Alue",
        address: "B2",
        value: payload,
      });
      expect(await rawFormulas(bytes)).toEqual(["A1"]);
    }
  );
});
