import type JSZip from "jszip";

/** Small helpers for editing an OPC package (content types, relationships) in place. */

/** Reads a part as text; throws naming the part when it is missing. */
export async function readPart(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`package has no part ${name}`);
  return file.async("string");
}

/** Adds an `<Override>` to [Content_Types].xml unless the part already has one. */
export async function addContentType(
  zip: JSZip,
  partName: string,
  contentType: string
): Promise<void> {
  const xml = await readPart(zip, "[Content_Types].xml");
  if (xml.includes(`PartName="${partName}"`)) return;
  zip.file(
    "[Content_Types].xml",
    xml.replace(
      "</Types>",
      `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
    )
  );
}

/** Adds a relationship to a .rels part (created when absent); returns its id. */
export async function addRelationship(
  zip: JSZip,
  relsName: string,
  type: string,
  target: string
): Promise<string> {
  const existing = zip.file(relsName)
    ? await readPart(zip, relsName)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const same = [...existing.matchAll(/<Relationship\b[^>]*>/g)].find(
    (m) => m[0].includes(`Type="${type}"`) && m[0].includes(`Target="${target}"`)
  );
  if (same) return /Id="([^"]+)"/.exec(same[0])![1];
  const used = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.file(relsName, existing.replace("</Relationships>", `${rel}</Relationships>`));
  return id;
}

/** The worksheet parts of a package, in name order. */
export const worksheetParts = (zip: JSZip): string[] =>
  Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));

/** Escapes text for an XML attribute or element. */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
