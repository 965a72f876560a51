import { parseCell } from "../../src/core";
import { wrappedLines } from "../../src/templates/rowHeights";
import {
  localize,
  type TemplateCell,
  type Lang,
  type TemplateSheet,
} from "../../src/templates/spec";
import { TEMPLATES } from "../../src/templates/specs";

const LANGS: readonly Lang[] = ["fi", "sv"];

/** The numbers a reader can change on a sheet: its input and example cells. */
const editable = (sheet: TemplateSheet): Set<number> =>
  new Set(
    sheet.cells
      .filter((c) => (c.style === "input" || c.style === "example") && typeof c.value === "number")
      .map((c) => c.value as number)
  );

/** Every fixed text a sheet shows: labels, headers, titles, chart titles and series names. */
function shownTexts(sheet: TemplateSheet, lang: Lang): string[] {
  const cells = sheet.cells.filter(
    (c: TemplateCell) => typeof c.value === "object" || typeof c.value === "string"
  );
  return [
    ...cells.map((c) => localize(c.value as string, lang)),
    ...(sheet.charts ?? []).flatMap((c) => [
      localize(c.title, lang),
      ...c.series.map((s) => localize(s.name, lang)),
    ]),
  ];
}

/** Whole numbers written in a text, thin-space or space grouped ("28 616" → 28616). */
const numbersIn = (text: string): number[] =>
  (text.match(/\d+(?:[  ]\d{3})*/g) ?? []).map((n) => Number(n.replace(/[  ]/g, "")));

describe.each(TEMPLATES.map((t) => [t.name, t]))("%s's texts", (_name, spec) => {
  it.each(LANGS)("(%s) do not repeat a value the reader can edit, which would go stale", (lang) => {
    for (const sheet of spec.sheets) {
      const values = editable(sheet);
      const stale = shownTexts(sheet, lang).filter((t) => numbersIn(t).some((n) => values.has(n)));
      expect(stale).toEqual([]);
    }
  });

  it.each(LANGS)("(%s) fit each header word in its column, so none breaks mid-word", (lang) => {
    for (const sheet of spec.sheets) {
      const tooLong = sheet.cells
        .filter((c) => c.style === "header" && typeof c.value === "object")
        .flatMap((c) => {
          const width = sheet.columns[parseCell(c.ref).col] ?? 8.43;
          // a bold word takes one width unit a character (rowHeights.ts, seen in LibreOffice)
          return localize(c.value as string, lang)
            .split(/\s+/)
            .filter((w) => wrappedLines(w, width, true) > 1)
            .map((w) => `${c.ref}: ${w}`);
        });
      expect(tooLong).toEqual([]);
    }
  });

  it("spell the Kymppi joint authority's genitive as Kympin", () => {
    expect(JSON.stringify(spec)).not.toMatch(/Kymppin/);
  });
});
