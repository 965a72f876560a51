import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { expectedJson, FORMULAS, writeFixture } from "./workbookFixture";
import { captureCliOutput } from "./support/captureCliOutput";
import { inEnglish } from "./support/inEnglish";

// exceljs and the engine are slow on a busy 2-core machine: allow time.
jest.setTimeout(60000);

let dir: string;
const { out, err, clear } = captureCliOutput();
inEnglish(); // the messages quoted below are the English ones

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tyoalue-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => join(dir, name);

describe("tyoalue calc", () => {
  it.each(["dotted", "udf"] as const)(
    "computes every catalogue function like the core (%s form) with --json",
    async (form) => {
      await writeFixture(file(`${form}.xlsx`), form);
      expect(await run(["calc", file(`${form}.xlsx`), "--json"])).toBe(0);
      const json = JSON.parse(out.join(""));
      expect(json).toEqual(expectedJson());
      // Golden figures: Kela bills 10 % × 20 days × 37.21 € = 74.42 €; the Kymppi plan's 25 years;
      // 3 762 job seekers at 130 per official need 29 FTE is in the adapter tests.
      expect(json["Calc!S1"]).toBe(74.42);
      expect(json["Calc!D1"]).toBe(25);
    },
    30000
  );

  it("--check passes when cached values equal recalculation and lists a differing cell with exit 1", async () => {
    await writeFixture(file("ok.xlsx"), "udf");
    expect(await run(["calc", file("ok.xlsx"), "--check"])).toBe(0);
    clear();
    await writeFixture(file("stale.xlsx"), "dotted", { id: "BENEFITCOST", value: 74.41 });
    expect(await run(["calc", file("stale.xlsx"), "--check"])).toBe(1);
    expect(out.join("")).toBe("Calc!S1: cached 74.41, recalculated 74.42\n");
  }, 30000);

  it("reads cached results 0 and FALSE (which exceljs drops from cell.value)", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = 20000;
    s.getCell("B1").value = { formula: "TYOALUE.SHORTFALL(A1)", result: 0 } as ExcelJS.CellValue;
    s.getCell("C1").value = {
      formula: "TYOALUE.MEETSMINIMUM(A1,30000)",
      result: false,
    } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file("falsy.xlsx"));
    expect(await run(["calc", file("falsy.xlsx"), "--check"])).toBe(0);
    // and writes them: stale 5 and TRUE refreshed to 0 and FALSE
    s.getCell("B1").value = { formula: "TYOALUE.SHORTFALL(A1)", result: 5 } as ExcelJS.CellValue;
    s.getCell("C1").value = {
      formula: "TYOALUE.MEETSMINIMUM(A1,30000)",
      result: true,
    } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file("falsy-stale.xlsx"));
    expect(await run(["calc", file("falsy-stale.xlsx"), "--check"])).toBe(1);
    expect(await run(["calc", file("falsy-stale.xlsx"), "--out", file("falsy-fresh.xlsx")])).toBe(
      0
    );
    expect(await run(["calc", file("falsy-fresh.xlsx"), "--check"])).toBe(0);
  });

  it("--out writes refreshed cached values, keeps both formula forms, and then --check passes", async () => {
    const stale = { id: "PROJECTLABOURFORCE", value: [[1], [2], [3], [4]] };
    await writeFixture(file("in.xlsx"), "udf", stale);
    expect(await run(["calc", file("in.xlsx"), "--out", file("out.xlsx")])).toBe(0);
    clear();
    expect(await run(["calc", file("out.xlsx"), "--check"])).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("out.xlsx"));
    const i = FORMULAS.findIndex((f) => f.id === "PROJECTLABOURFORCE");
    expect(wb.getWorksheet("Calc")!.getCell(1, i + 1).formula).toBe(
      "_xldudf_TYOALUE_PROJECTLABOURFORCE(Data!A1:A3,-0.014,3)"
    );
  }, 30000);

  it("a bad argument gives #VALUE! in --json, never a number", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    const formula = (f: string) => ({ formula: f, result: 0 }) as ExcelJS.CellValue;
    s.getCell("A1").value = "28 616";
    s.getCell("A2").value = 1;
    s.getCell("B1").value = formula("TYOALUE.LABOURFORCE(A1:A2)");
    s.getCell("C1").value = "28616"; // a number stored as text stays text, as in Excel
    s.getCell("D1").value = formula("TYOALUE.LABOURFORCE(C1)");
    s.getCell("E1").value = "005"; // a code stored as text keeps its zeros
    s.getCell("F1").value = formula('TYOALUE.MUNICIPALITY(E1,"code")');
    await wb.xlsx.writeFile(file("bad-arg.xlsx"));
    expect(await run(["calc", file("bad-arg.xlsx"), "--json"])).toBe(0);
    // Errors carry the catalogue's message (in English by default).
    const error = { error: "#VALUE!", message: expect.stringMatching(/\S/) };
    expect(JSON.parse(out.join(""))).toEqual({ "S!B1": error, "S!D1": error, "S!F1": "005" });
  });

  it("refuses a formula that uses a defined name (the engine has none: it would write #NAME?)", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = 0.95;
    wb.definedNames.add("S!$A$1", "Katto");
    s.getCell("B1").value = {
      formula: '"Katto "&Katto*2',
      result: "Katto 1.9",
    } as ExcelJS.CellValue;
    s.getCell("C1").value = {
      formula: "TYOALUE.LABOURFORCE(A1)",
      result: 0.95,
    } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(file("named.xlsx"));
    expect(await run(["calc", file("named.xlsx"), "--out", file("named-out.xlsx")])).toBe(2);
    expect(err.join("")).toMatch(/S!B1: uses the defined name Katto/);
    expect(existsSync(file("named-out.xlsx"))).toBe(false);
  });

  it.each([
    ["missing.xlsx", null, /missing\.xlsx: no such file/],
    ["text.xlsx", "not a workbook", /text\.xlsx: not an \.xlsx workbook/],
    [
      "corrupt.xlsx",
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      /corrupt\.xlsx: cannot read the workbook/,
    ],
  ])("%s: one-line error, exit 2, no output file", async (name, content, message) => {
    if (content !== null) writeFileSync(file(name), content);
    expect(await run(["calc", file(name), "--json", "--out", file(`${name}.out.xlsx`)])).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0].trim().split("\n")).toHaveLength(1);
    expect(existsSync(file(`${name}.out.xlsx`))).toBe(false);
  });
});
