/**
 * Issue 10, item 2: spills are refreshed and checked whole, over the union of the file's
 * recorded array range and the new result (Excel's behaviour for dynamic arrays).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { sheetCells, type XmlCell } from "../../src/templates/package/sheetCells";
import { captureCliOutput } from "./support/captureCliOutput";
import { inEnglish } from "./support/inEnglish";
import { withInputs } from "./support/packageParts";

jest.setTimeout(60000);
const { out, clear } = captureCliOutput();
inEnglish(); // the messages quoted below are the English ones
const dir = mkdtempSync(join(tmpdir(), "tyoalue-spill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHEET = "xl/worksheets/sheet2.xml";
async function cells(file: string): Promise<Map<string, XmlCell>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(SHEET)!.async("string");
  return new Map(sheetCells(xml).map((c) => [c.ref, c]));
}
const column = (col: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${col}${from + i}`);

async function checkAndWrite(input: string, name: string) {
  clear();
  const checked = await run(["calc", input, "--check"]);
  const lines = out.join("").trim().split("\n");
  const output = join(dir, `${name}-out.xlsx`);
  expect(await run(["calc", input, "--out", output])).toBe(0);
  clear();
  expect(await run(["calc", output, "--check"])).toBe(0); // the written file is current, whole
  return { checked, lines, output, after: await cells(output) };
}

describe("the joint-authority budget one cent over the cap (kuntayhtyma.fi)", () => {
  // The template's cap (B7:D7) is 6 758 240.72 € (95 % of the members' state subsidies, its
  // cached PAYMENTCAP); a budget-year budget of 6 758 240.73 € is one cent over it.
  it("--check lists E11 and the stale E12:E20; --out leaves #VALUE! in E11 alone", async () => {
    const input = join(dir, "cap.xlsx");
    await withInputs("assets/templates/kuntayhtyma.fi.xlsx", input, SHEET, { D6: 6758240.73 });
    const { checked, lines, after } = await checkAndWrite(input, "cap");
    expect(checked).toBe(1);
    expect(lines).toContain('Talousarvio!E11: cached 908208.69, recalculated "#VALUE!"');
    for (let k = 2; k <= 10; k++)
      expect(lines.some((l) => l.startsWith(`Talousarvio!E11[${k},1]: cached `))).toBe(true);
    expect(after.get("E11")).toMatchObject({ type: "e", v: "#VALUE!" });
    expect(after.get("E11")!.formula).toMatchObject({ kind: "array", ref: "E11" });
    for (const ref of column("E", 12, 20)) expect(after.get(ref)?.v).toBeUndefined();
    // the members' other years keep their spills
    expect(after.get("D11")!.formula!.ref).toBe("D11:D20");
  });
});

describe("the area's labour-force projection (tyollisyysalue.fi, 25 years in B22: B26:B51)", () => {
  it("shrinks to 10 years: the stale B37:B51 are differences, then cleared", async () => {
    const input = join(dir, "short.xlsx");
    await withInputs("assets/templates/tyollisyysalue.fi.xlsx", input, SHEET, { B22: 10 });
    const { checked, lines, after } = await checkAndWrite(input, "short");
    expect(checked).toBe(1);
    expect(
      lines.filter((l) => /^Alue!B26\[(1[2-9]|2\d),1\]: cached [\d.]+, recalculated null$/.test(l))
    ).toHaveLength(15);
    expect(after.get("B26")!.formula!.ref).toBe("B26:B36");
    for (const ref of column("B", 26, 36)) expect(Number(after.get(ref)!.v)).toBeGreaterThan(0);
    for (const ref of column("B", 37, 51)) expect(after.get(ref)?.v).toBeUndefined();
  });

  it("grows to 40 years into empty cells: B52:B66 are added and the range is B26:B66", async () => {
    const input = join(dir, "long.xlsx");
    await withInputs("assets/templates/tyollisyysalue.fi.xlsx", input, SHEET, { B22: 40 });
    const { checked, lines, after } = await checkAndWrite(input, "long");
    expect(checked).toBe(1);
    expect(lines.some((l) => l.startsWith("Alue!B26[41,1]: cached null, recalculated "))).toBe(
      true
    );
    expect(after.get("B26")!.formula!.ref).toBe("B26:B66");
    for (const ref of column("B", 26, 66)) expect(Number(after.get(ref)!.v)).toBeGreaterThan(0);
  });

  it("grows into a filled cell (B60): #SPILL!, as Excel shows it, and the old spill is cleared", async () => {
    const input = join(dir, "blocked.xlsx");
    await withInputs("assets/templates/tyollisyysalue.fi.xlsx", input, SHEET, {
      B22: 40,
      B60: "note",
    });
    const { checked, after } = await checkAndWrite(input, "blocked");
    expect(checked).toBe(1);
    expect(after.get("B26")).toMatchObject({ type: "e", v: "#SPILL!" });
    expect(after.get("B26")!.formula!.ref).toBe("B26");
    for (const ref of column("B", 27, 51)) expect(after.get(ref)?.v).toBeUndefined();
    expect(after.get("B60")).toMatchObject({ type: "str", v: "note" });
  });
});

describe("a formula stored without an array range (pre-dynamic-array)", () => {
  it("keeps its first value only, as Excel's implicit intersection does, and writes no cell below", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = 28616;
    // 28 616 declining 1.4 % a year: the first value is the base year itself, 28 616.
    s.getCell("B1").value = {
      formula: "TYOALUE.PROJECTLABOURFORCE(A1,-0.014,3)",
      result: 1,
    } as ExcelJS.CellValue;
    const input = join(dir, "plain.xlsx");
    await wb.xlsx.writeFile(input);
    const output = join(dir, "plain-out.xlsx");
    expect(await run(["calc", input, "--out", output])).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(output));
    const after = new Map(
      sheetCells(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).map((c) => [c.ref, c])
    );
    expect(after.get("B1")).toMatchObject({ v: "28616", formula: { kind: "normal" } });
    expect(after.has("B2")).toBe(false);
  });
});

describe("a legacy (Ctrl+Shift+Enter) array formula, without Excel's dynamic-array mark", () => {
  it("keeps its range: a shorter result leaves #N/A in the cells it does not reach", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("S");
    s.getCell("A1").value = 28616;
    // 2 years of projection: 3 values (base year + 2) in a 5-cell legacy array range B1:B5.
    s.getCell("B1").value = {
      formula: "TYOALUE.PROJECTLABOURFORCE(A1,-0.014,2)",
      result: 1,
      shareType: "array",
      ref: "B1:B5",
    } as ExcelJS.CellValue;
    const input = join(dir, "legacy.xlsx");
    await wb.xlsx.writeFile(input);
    const output = join(dir, "legacy-out.xlsx");
    expect(await run(["calc", input, "--out", output])).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(output));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const after = new Map(sheetCells(xml).map((c) => [c.ref, c]));
    expect(after.get("B1")!.formula).toMatchObject({ kind: "array", ref: "B1:B5" });
    // 28 616 × 0.986 = 28 215.376 (hand calculation: a 1.4 % decline a year)
    expect([1, 2, 3].map((r) => after.get(`B${r}`)!.type)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(Number(after.get("B2")!.v)).toBeCloseTo(28215.376, 6);
    expect([4, 5].map((r) => after.get(`B${r}`))).toMatchObject([
      { type: "e", v: "#N/A" },
      { type: "e", v: "#N/A" },
    ]);
  });
});
