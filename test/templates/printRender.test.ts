import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseCell } from "../../src/core";
import { localize, type Lang, type TemplateSheet } from "../../src/templates/spec";
import { convertToPdf } from "./support/libreoffice";
import { findText, pdfPages, type PdfPage } from "./support/pdfWords";
import { readWorkbook, TEMPLATE_FILES } from "./support/templateFiles";

/*
 * The templates as LibreOffice prints them (PDF, read back word by word with poppler's
 * pdftotext): A4, the instructions on one page and each calculation sheet on one page, and
 * no header row drawn over the first row below it — LibreOffice keeps the file's row
 * heights, so a wrapped header in a row of default height runs into the data.
 */
const dir = mkdtempSync(join(tmpdir(), "lo-print-"));
beforeAll(
  () =>
    convertToPdf(
      TEMPLATE_FILES.map((t) => t.file),
      dir
    ),
  240_000
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A4 = [595.3, 841.9]; // 210 × 297 mm in points
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const rowOf = (ref: string): number => parseCell(ref).row + 1; // 1-based, as in A1

/** Words that a chart draws (title, series, category labels): they may sit beside any row. */
function chartWords(sheet: TemplateSheet, lang: Lang, text: (ref: string) => string): Set<string> {
  const out = new Set<string>();
  for (const c of sheet.charts ?? []) {
    words(localize(c.title, lang)).forEach((w) => out.add(w));
    c.series.forEach((s) => words(localize(s.name, lang)).forEach((w) => out.add(w)));
    const [from, to] = c.categories.split(":").map(rowOf);
    const col = c.categories.replace(/[0-9:].*$/, "");
    for (let r = from; r <= to; r++) words(text(`${col}${r}`)).forEach((w) => out.add(w));
  }
  return out;
}

/** Header words drawn on the first line of the row below the header row `row`. */
function overlaps(
  page: PdfPage,
  sheet: TemplateSheet,
  lang: Lang,
  row: number,
  text: (ref: string) => string
) {
  const below = sheet.cells.filter((c) => rowOf(c.ref) === row + 1);
  const exclude = new Set([
    ...below.flatMap((c) => words(text(c.ref))),
    ...chartWords(sheet, lang, text),
  ]);
  const header = new Set(
    sheet.cells
      .filter((c) => rowOf(c.ref) === row && c.style === "header")
      .flatMap((c) => words(text(c.ref)))
      // a unit such as "€" is drawn by the number formats of the row below as well
      .filter((w) => /\p{L}{2}/u.test(w) && !exclude.has(w))
  );
  const first = findText(page, text(`A${row + 1}`));
  if (!first) throw new Error(`A${row + 1} "${text(`A${row + 1}`)}" not found on the page`);
  return page.words
    .filter((w) => header.has(w.text))
    .filter((w) => w.yMax > first.yMin + 0.5 && w.yMin < first.yMax - 0.5)
    .map((w) => w.text);
}

describe.each(TEMPLATE_FILES.map((t) => [basename(t.file), t]))(
  "LibreOffice prints %s",
  (name, { spec, lang, file }) => {
    it("on A4, a page for the instructions and one for each sheet", () => {
      const pages = pdfPages(join(dir, name.replace(/\.xlsx$/, ".pdf")));
      expect(pages).toHaveLength(1 + spec.sheets.length);
      for (const p of pages) {
        const [short, long] = [p.width, p.height].sort((a, b) => a - b);
        expect([short, long]).toEqual([expect.closeTo(A4[0], 0), expect.closeTo(A4[1], 0)]);
      }
    });

    it("with no header row drawn over the row below it", async () => {
      const pages = pdfPages(join(dir, name.replace(/\.xlsx$/, ".pdf")));
      const wb = await readWorkbook(file);
      for (const [k, sheet] of spec.sheets.entries()) {
        const ws = wb.getWorksheet(localize(sheet.name, lang))!;
        const text = (ref: string) => ws.getCell(ref).text ?? "";
        const rows = new Set(
          sheet.cells
            .filter((c) => c.style === "header" && text(`A${rowOf(c.ref) + 1}`) !== "")
            .map((c) => rowOf(c.ref))
        );
        for (const row of rows)
          expect([row, overlaps(pages[1 + k], sheet, lang, row, text)]).toEqual([row, []]);
      }
    });
  }
);
