/**
 * The preview's created sheet as a minimal .xlsx (SpreadsheetML written with jszip, which
 * the pane already bundles; exceljs's browser build cannot be used: it contains `new
 * Function`, which the add-in's bundles must not). Texts, numbers, booleans and formulas
 * with the values the preview computed, so the file shows figures even where the add-in is
 * not installed; add-in calls are spelled as Excel saves them (`_xldudf_TYOALUE_X`, as the
 * templates do). Number formats and charts are not written (Excel's own sheet has them).
 */
import JSZip from "jszip";
import { cellAddress } from "../../host/a1";
import type { MemorySheet } from "../../host/memoryHost";
import type { CellValue } from "../../host/WorkbookHost";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const asSaved = (formula: string): string =>
  formula.replace(/^=/, "").replace(/\bTYOALUE\.([A-Z0-9_]+)\(/g, "_xldudf_TYOALUE_$1(");

/** One cell's XML, or "" for an empty cell. */
function cellXml(
  spec: MemorySheet["cells"][number][number],
  v: CellValue | undefined,
  ref: string
) {
  if (!spec || spec.kind === "blank") return "";
  if (spec.kind === "text")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(spec.text)}</t></is></c>`;
  if (spec.kind === "number") return `<c r="${ref}"><v>${spec.value}</v></c>`;
  if (spec.kind === "boolean") return `<c r="${ref}" t="b"><v>${spec.value ? 1 : 0}</v></c>`;
  const f = `<f>${xml(asSaved(spec.formula))}</f>`;
  if (typeof v === "number") return `<c r="${ref}">${f}<v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}" t="str">${f}<v>${xml(v)}</v></c>`;
  if (v && typeof v === "object") return `<c r="${ref}" t="e">${f}<v>${xml(v.error)}</v></c>`;
  return `<c r="${ref}">${f}</c>`;
}

/** The sheet's cells and computed values as .xlsx bytes. */
export async function sheetToXlsx(
  sheet: MemorySheet,
  values: readonly (readonly CellValue[])[]
): Promise<Uint8Array> {
  const rows = sheet.cells
    .map((row, r) => {
      const cells = row.map((spec, c) => cellXml(spec, values[r]?.[c], cellAddress(r, c))).join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  const cols = (sheet.columnWidths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${xml(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}">${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows}</sheetData></worksheet>`
  );
  return zip.generateAsync({ type: "uint8array" });
}
