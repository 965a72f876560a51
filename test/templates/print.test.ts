import { basename } from "node:path";
import { INSTRUCTIONS_NAME } from "../../src/templates/instructionsSheet";
import { localize } from "../../src/templates/spec";
import { openPackage, readWorkbook, TEMPLATE_FILES } from "./support/templateFiles";

type Validation = { type: string; operator: string; formulae: number[] };
const validations = (ws: unknown): Record<string, Validation> =>
  (ws as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;

/*
 * How the committed templates print and what their inputs accept, read back from the files.
 * Paper size 9 is A4 (ECMA-376 Part 1, 18.3.1.63).
 */
describe.each(TEMPLATE_FILES.map((t) => [basename(t.file), t]))(
  "%s prints",
  (name, { spec, lang }) => {
    it("on A4, one page wide, with its title, sheet, source file and page in the margins", async () => {
      const wb = await readWorkbook(`assets/templates/${name}`);
      const names = [INSTRUCTIONS_NAME, ...spec.sheets.map((s) => s.name)].map((n) =>
        localize(n, lang)
      );
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
      for (const ws of wb.worksheets) {
        const instructions = ws.name === names[0];
        expect([ws.name, ws.pageSetup]).toEqual([
          ws.name,
          expect.objectContaining({
            paperSize: 9,
            orientation: instructions ? "portrait" : "landscape",
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: instructions ? 0 : 1,
          }),
        ]);
        expect(ws.headerFooter.oddHeader).toContain(spec.title[lang]);
        expect(ws.headerFooter.oddHeader).toContain("&A"); // the sheet's name
        expect(ws.headerFooter.oddFooter).toContain(`${spec.name}.${lang}.xlsx`);
        expect(ws.headerFooter.oddFooter).toContain("&P / &N");
      }
    });

    it("with print areas written as Excel writes them: absolute, one per sheet", async () => {
      const zip = await openPackage(`assets/templates/${name}`);
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      const areas = [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map(
        (m) => m[1].replace(/&apos;/g, "'")
      );
      expect(areas).toHaveLength(1 + spec.sheets.length);
      for (const a of areas) expect(a).toMatch(/^'[^']+'!\$A\$1:\$[A-Z]+\$\d+$/);
    });

    it("with a print area that holds every cell written", async () => {
      const wb = await readWorkbook(`assets/templates/${name}`);
      for (const ws of wb.worksheets) {
        const area = String(ws.pageSetup.printArea);
        const [, lastCol, lastRow] = /^A1:([A-Z]+)(\d+)$/.exec(area) ?? [];
        expect([ws.name, area, lastCol !== undefined]).toEqual([ws.name, area, true]);
        expect([ws.name, ws.dimensions.bottom <= Number(lastRow)]).toEqual([ws.name, true]);
        expect([ws.name, ws.dimensions.right <= ws.getColumn(lastCol).number]).toEqual([
          ws.name,
          true,
        ]);
      }
    });
  }
);

describe("inputs", () => {
  it.each([
    ["kuntayhtyma", "B3"], // cap ratio, 95 % in the Kymppi basic agreement
    ["taloussuunnitelma", "B3"], // the same cap ratio for all three years
    ["valtionosuus", "B4"], // weight of the working-age population, 50 % by law from 2025
  ])("%s!%s accepts a share between 0 % and 100 % only", async (stem, ref) => {
    for (const lang of ["fi", "sv"]) {
      const wb = await readWorkbook(`assets/templates/${stem}.${lang}.xlsx`);
      const v = validations(wb.worksheets[1])[ref];
      expect(v).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    }
  });

  it("the area's yearly change may be negative (−1.4 % in the Kymppi plan)", async () => {
    const wb = await readWorkbook("assets/templates/tyollisyysalue.fi.xlsx");
    expect(validations(wb.worksheets[1]).B21).toMatchObject({ formulae: [-1, 1] });
  });

  it("the caseload shows one decimal (3 762 / 30 = 125.4)", async () => {
    for (const lang of ["fi", "sv"]) {
      const wb = await readWorkbook(`assets/templates/henkilosto.${lang}.xlsx`);
      expect(wb.worksheets[1].getCell("B9").numFmt).toBe("0.0");
    }
  });
});
