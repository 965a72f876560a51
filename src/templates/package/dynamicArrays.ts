import type JSZip from "jszip";
import { METADATA_XML, SHEET_METADATA_REL, SHEET_METADATA_TYPE } from "../../core";
import { addContentType, addRelationship, readPart, worksheetParts } from "./opc";

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
