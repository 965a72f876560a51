/**
 * A sheet of the in-memory host as an .xlsx file (Office Open XML, written with jszip):
 * text as text, numbers, booleans, formulas with their computed values, number formats,
 * the visual roles' fills and fonts, column widths and the highlights of differing cells
 * (conditional formats with a differential style). Tables and charts are not included.
 * Loaded lazily, only when the planner downloads a sheet.
 */
import JSZip from "jszip";
import { METADATA_XML, SHEET_METADATA_REL, SHEET_METADATA_TYPE } from "../../core";
import type { CellSpec, ConditionalFormatSpec } from "../SheetSpec";
import type { CellValue } from "../WorkbookHost";
import { conditionalFormattingXml } from "./conditionalFormattingXml";
import { sheetXml } from "./sheetXml";
import { StyleTable } from "./styles";
import { esc, MAIN_NS, REL_NS, XML_HEAD } from "./xml";

const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** What is exported: the sheet's name, its cells and the values computed for them. */
export interface ExportedSheet {
  readonly name: string;
  readonly cells: readonly (readonly CellSpec[])[];
  readonly values: readonly (readonly CellValue[])[];
  readonly columnWidths?: readonly number[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
}

/** The .xlsx bytes of a workbook holding `sheet` alone. */
export async function exportXlsx(sheet: ExportedSheet): Promise<Uint8Array> {
  const styles = new StyleTable();
  const highlights = conditionalFormattingXml(sheet.conditionalFormats);
  const worksheet = sheetXml(sheet.cells, sheet.values, sheet.columnWidths, styles, highlights);
  // Dynamic arrays (cm="1") point at the cell metadata that says so.
  const dynamic = worksheet.includes(' cm="1"');
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      (dynamic
        ? `<Override PartName="/xl/metadata.xml" ContentType="${SHEET_METADATA_TYPE}"/>`
        : "") +
      "</Types>"
  );
  zip.file(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${esc(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
      (dynamic
        ? `<Relationship Id="rId3" Type="${SHEET_METADATA_REL}" Target="metadata.xml"/>`
        : "") +
      "</Relationships>"
  );
  zip.file("xl/worksheets/sheet1.xml", worksheet);
  zip.file("xl/styles.xml", styles.xml(highlights !== ""));
  if (dynamic) zip.file("xl/metadata.xml", METADATA_XML);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
