import { basename } from "node:path";
import { INSTRUCTIONS_NAME } from "../../src/templates/instructionsSheet";
import { localize } from "../../src/templates/spec";
import { readWorkbook, TEMPLATE_FILES } from "./support/templateFiles";

/*
 * How the committed templates print, read back from the files.
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
