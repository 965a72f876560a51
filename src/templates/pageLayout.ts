import type ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange } from "../core";
import { localize, type Lang, type TemplateSheet, type TemplateSpec, type Text } from "./spec";

/** Excel's paper size code for A4 (ECMA-376 Part 1, 18.3.1.63 `paperSize`). */
export const A4 = 9;

/**
 * The print area of a sheet: from A1 to the last row and column that hold a cell (`refs`,
 * which include spilled cells) or a chart. A chart's `to` anchor is the top-left corner
 * of its `to` cell, so the chart ends in the row and column before it.
 */
export function printArea(sheet: TemplateSheet, refs: Iterable<string>): string {
  let bottom = 0; // 0-based
  let right = 0;
  for (const ref of refs) {
    const at = parseCell(ref);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  for (const chart of sheet.charts ?? []) {
    const to = parseRange(chart.to);
    bottom = Math.max(bottom, to.top - 1);
    right = Math.max(right, to.left - 1);
  }
  return `A1:${cellAddress(bottom, right)}`;
}

/**
 * The page setup of a template sheet: A4, one page wide; a calculation sheet on one page
 * (`pagesTall` 1), the instructions on as many pages down as they need (0).
 */
export const pageSetup = (
  orientation: "portrait" | "landscape",
  area: string,
  pagesTall: 0 | 1
): Partial<ExcelJS.PageSetup> => ({
  paperSize: A4,
  orientation,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: pagesTall,
  // exceljs writes "$" before each end of the area as given: "A$1:L$51" becomes Excel's own
  // absolute form $A$1:$L$51 (given "A1:L51" it would write $A1:$L51, relative rows).
  printArea: area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
  margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
});

const SOURCE: Text = {
  fi: "Lähde: Työllisyysalue, mallipohja",
  sv: "Källa: Työllisyysalue, mallen",
};
const PAGE: Text = { fi: "Sivu &P / &N", sv: "Sida &P / &N" };

/** Header and footer codes treat "&" as the start of a code: a literal one is doubled. */
const literal = (s: string): string => s.replace(/&/g, "&&");

/**
 * Printed header and footer: the template's title and the sheet's name on top; below, where
 * the page comes from (the template file it was built as) and the page number.
 */
export function headerFooter(spec: TemplateSpec, lang: Lang): Partial<ExcelJS.HeaderFooter> {
  const header = `&L&"Calibri,Bold"${literal(spec.title[lang])}&R&A`;
  const footer = `&L${literal(`${localize(SOURCE, lang)} ${spec.name}.${lang}.xlsx`)}&R${PAGE[lang]}`;
  return { oddHeader: header, oddFooter: footer };
}
