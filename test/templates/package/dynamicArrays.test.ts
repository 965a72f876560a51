import ExcelJS from "exceljs";
import JSZip from "jszip";
import { markDynamicArrays } from "../../../src/templates/package/dynamicArrays";
import { normalizedPackage } from "../../../src/templates/package/normalize";

async function workbook(array: boolean): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 28616;
  ws.getCell("B1").value = array
    ? ({
        formula: "_xldudf_TYOALUE_PROJECTLABOURFORCE(A1,-0.014,1)",
        result: 28616,
        shareType: "array",
        ref: "B1:B2",
      } as ExcelJS.CellValue)
    : { formula: "SUM(A1)", result: 28616 };
  if (array) ws.getCell("B2").value = 28215.376;
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

describe("markDynamicArrays", () => {
  it("marks the array formula's cell cm=1 and adds metadata.xml with its relationship and content type", async () => {
    const zip = await workbook(true);
    expect(await markDynamicArrays(zip)).toBe(1);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<c r="B1"[^>]* cm="1"><f t="array" ref="B1:B2">/);
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(
      'relationships/sheetMetadata" Target="metadata.xml"'
    );
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      'PartName="/xl/metadata.xml"'
    );
    expect(await markDynamicArrays(zip)).toBe(0); // idempotent: already marked
  });

  it("leaves a workbook without array formulas alone", async () => {
    const zip = await workbook(false);
    expect(await markDynamicArrays(zip)).toBe(0);
    expect(zip.file("xl/metadata.xml")).toBeNull();
  });
});

describe("normalizedPackage", () => {
  it("gives the same bytes for the same parts, whatever their order and dates", async () => {
    const a = new JSZip()
      .file("b.xml", "<b/>", { date: new Date(2020, 1, 1) })
      .file("[Content_Types].xml", "<Types/>");
    const b = new JSZip()
      .file("[Content_Types].xml", "<Types/>", { date: new Date(2030, 1, 1) })
      .file("b.xml", "<b/>");
    const [x, y] = await Promise.all([normalizedPackage(a), normalizedPackage(b)]);
    expect(x.equals(y)).toBe(true);
    expect(Object.keys((await JSZip.loadAsync(x)).files)[0]).toBe("[Content_Types].xml");
  });
});
