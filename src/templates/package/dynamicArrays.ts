import type JSZip from "jszip";
import { addContentType, addRelationship, readPart, worksheetParts } from "./opc";

/**
 * Excel marks a dynamic-array (spilling) formula with `cm="1"` on its cell, pointing at
 * cell metadata whose future-metadata block carries `xda:dynamicArrayProperties fDynamic="1"`
 * (type XLDAPR). Without it Excel treats `<f t="array">` as a legacy Ctrl+Shift+Enter array.
 */
export const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

export const SHEET_METADATA_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
export const SHEET_METADATA_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";

const ARRAY_CELL = /<c r="([A-Z]+[0-9]+)"((?: (?!cm=)[a-z]+="[^"]*")*)><f t="array"/g;

/**
 * Turns every array formula in the package into a dynamic-array formula; returns how many
 * cells were marked. Adds xl/metadata.xml with its relationship and content type when needed.
 */
export async function markDynamicArrays(zip: JSZip): Promise<number> {
  let marked = 0;
  for (const part of worksheetParts(zip)) {
    const xml = await readPart(zip, part);
    const out = xml.replace(ARRAY_CELL, (_m, ref: string, attrs: string) => {
      marked++;
      return `<c r="${ref}"${attrs} cm="1"><f t="array"`;
    });
    if (out !== xml) zip.file(part, out);
  }
  if (marked > 0 && !zip.file("xl/metadata.xml")) {
    zip.file("xl/metadata.xml", METADATA_XML);
    await addRelationship(zip, "xl/_rels/workbook.xml.rels", SHEET_METADATA_REL, "metadata.xml");
    await addContentType(zip, "/xl/metadata.xml", SHEET_METADATA_TYPE);
  }
  return marked;
}
