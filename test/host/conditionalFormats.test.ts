/**
 * The comparison sheet's highlights in the memory host (kept with the sheet, computed from
 * the engine's values, replaced on update) and in the .xlsx export (conditional formats with
 * a differential style), read back with exceljs, a third-party reader. Scenarios: Kymppi and
 * Kymppi without Soini with a 6 400 000 € budget (test/taskpane/compare/support.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress } from "../../src/core";
import { differingCells } from "../../src/host/differs";
import { COMPARE_LABELS } from "../../src/taskpane/i18n/compareLabels";
import { compareSheet, TABLE_HEAD } from "../../src/taskpane/sheet/compareSheet";
import { COMPARED } from "../../src/taskpane/sheet/compareTable";
import { memoryHost, twoScenarios } from "../taskpane/compare/support";

const spec = compareSheet(twoScenarios(), COMPARE_LABELS.fi);
const rowOf = (key: (typeof COMPARED)[number][0]) =>
  TABLE_HEAD + 1 + COMPARED.findIndex(([f]) => f === key);

describe("highlights in the memory host", () => {
  it("keeps the sheet's rules; from computed values, B's differing cells and only those", async () => {
    const host = memoryHost();
    const { name } = await host.writeSheet(spec);
    expect(host.sheet(name)!.conditionalFormats).toEqual(spec.conditionalFormats);
    const cells = differingCells(spec.conditionalFormats, await host.readSheet(name));
    const at = (ref: string) =>
      [...cells].some(
        (k) => cellAddress(...(k.split(",").map(Number) as [number, number])) === ref
      );
    // 10 vs 9 members, 28 616 vs 28 050 people, budgets 6 500 000 vs 6 400 000 € differ;
    // the verdict (TRUE), the cap (6 796 300 €, the same amount apportioned) and FTE need agree.
    expect(
      ["memberCount", "labourForce", "budget"].map((k) => at(`C${rowOf(k as never)}`))
    ).toEqual([true, true, true]);
    expect(
      ["meetsMinimum", "paymentCap", "staffTotal"].map((k) => at(`C${rowOf(k as never)}`))
    ).toEqual([false, false, false]);
    expect(at("B5")).toBe(false); // the base column is never highlighted
  }, 60000);

  it("an update replaces the earlier rules with the new sheet's", async () => {
    const host = memoryHost();
    const { name } = await host.writeSheet(spec);
    const three = compareSheet([...twoScenarios(), twoScenarios()[1]], COMPARE_LABELS.fi);
    const result = await host.updateSheet(name, spec, three);
    expect(result.ok).toBe(true);
    expect(host.sheet(name)!.conditionalFormats).toEqual(three.conditionalFormats);
  }, 60000);
});

describe("highlights in the .xlsx export", () => {
  let sheetXml: string;
  let stylesXml: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const host = memoryHost();
    const { name } = await host.writeSheet(spec);
    bytes = await host.exportSheet(name);
    const zip = await JSZip.loadAsync(bytes);
    sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    stylesXml = await zip.file("xl/styles.xml")!.async("string");
  }, 60000);

  it("one expression rule per highlight, after the cells, with differential style 0", () => {
    expect(sheetXml).toContain(
      '</sheetData><conditionalFormatting sqref="C5:C22"><cfRule type="expression" dxfId="0" priority="1"><formula>IFERROR(C5&lt;&gt;$B5,TRUE)</formula></cfRule></conditionalFormatting>'
    );
    expect(sheetXml.match(/<conditionalFormatting /g)).toHaveLength(
      spec.conditionalFormats!.length
    );
    expect(stylesXml).toMatch(
      /<\/cellStyles><dxfs count="1"><dxf><font><b\/><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/
    );
  });

  it("exceljs reads the rules back", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    // exceljs reads them into `conditionalFormattings` (not in its typings).
    const ws = wb.worksheets[0] as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
    };
    const read = ws.conditionalFormattings.map((c) => [
      c.ref,
      c.rules[0].type,
      c.rules[0].formulae?.[0],
    ]);
    expect(read).toEqual(
      spec.conditionalFormats!.map((cf) => [
        cf.range,
        "expression",
        expect.stringMatching(/^IFERROR\(/),
      ])
    );
  });

  it("a sheet without highlights exports no rule and no differential style", async () => {
    const host = memoryHost();
    const { name } = await host.writeSheet({ ...spec, conditionalFormats: undefined });
    const zip = await JSZip.loadAsync(await host.exportSheet(name));
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain(
      "conditionalFormatting"
    );
    expect(await zip.file("xl/styles.xml")!.async("string")).not.toContain("<dxfs");
  }, 60000);
});
