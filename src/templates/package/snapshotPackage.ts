import JSZip from "jszip";
import { addContentType, addRelationship, readPart, worksheetParts, xmlEscape } from "./opc";
import { stripAddinFormulas } from "./stripFormulas";

const WORKSHEET_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const NOTE_SHEET = "Arvot – Värden";

/** The note, in the three languages, with the number of formulas replaced. */
export const snapshotNote = (n: number): string[] => [
  `Tämä työkirja on tilannekuva: Työllisyysalue-apuohjelman ${n} kaavaa on korvattu niiden viimeksi lasketuilla arvoilla. Luvut eivät enää päivity.`,
  `Den här arbetsboken är en ögonblicksbild: ${n} formler från tillägget Työllisyysalue har ersatts med sina senast beräknade värden. Siffrorna uppdateras inte längre.`,
  `This workbook is a snapshot: ${n} formulas of the Työllisyysalue add-in were replaced by their last computed values. The figures no longer update.`,
];

function noteSheetXml(lines: readonly string[]): string {
  const rows = lines
    .map(
      (t, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${xmlEscape(t)}</t></is></c></row>`
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<cols><col min="1" max="1" width="120" customWidth="1"/></cols><sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    // A4 (paperSize 9), landscape, one page wide: the 120-character column prints whole.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
  );
}

async function removePart(zip: JSZip, part: string, relsPart: string): Promise<void> {
  zip.remove(part);
  const types = await readPart(zip, "[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), "")
  );
  if (zip.file(relsPart)) {
    const target = part.replace(/^xl\//, relsPart.startsWith("xl/") ? "" : "xl/");
    const rels = await readPart(zip, relsPart);
    zip.file(
      relsPart,
      rels.replace(new RegExp(`<Relationship [^>]*Target="/?${target}"[^>]*/>`), "")
    );
  }
}

async function addNoteSheet(zip: JSZip, lines: readonly string[]): Promise<void> {
  const n = Math.max(0, ...worksheetParts(zip).map((p) => Number(/(\d+)\.xml$/.exec(p)![1]))) + 1;
  zip.file(`xl/worksheets/sheet${n}.xml`, noteSheetXml(lines));
  await addContentType(zip, `/xl/worksheets/sheet${n}.xml`, WORKSHEET_TYPE);
  const rId = await addRelationship(
    zip,
    "xl/_rels/workbook.xml.rels",
    WORKSHEET_REL,
    `worksheets/sheet${n}.xml`
  );
  const wb = await readPart(zip, "xl/workbook.xml");
  const ids = [...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const names = new Set([...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]));
  let name = NOTE_SHEET;
  for (let i = 2; names.has(xmlEscape(name)); i++) name = `${NOTE_SHEET} ${i}`;
  const sheet = `<sheet name="${xmlEscape(name)}" sheetId="${Math.max(0, ...ids) + 1}" r:id="${rId}"/>`;
  zip.file("xl/workbook.xml", wb.replace("</sheets>", `${sheet}</sheets>`));
}

/** Whether the workbook already has the note sheet (a snapshot taken before). */
const hasNote = (workbookXml: string): boolean =>
  new RegExp(`<sheet [^>]*name="${xmlEscape(NOTE_SHEET)}`).test(workbookXml);

/**
 * Snapshot to values for recipients without the add-in, inside an opened package: every
 * TYOALUE formula becomes its cached value, the calculation chain and the add-in's task-pane
 * parts are removed, and, when a formula was replaced and the workbook has no note yet, a sheet
 * says so in Finnish, Swedish and English (printing on A4). Returns how many were replaced.
 */
export async function snapshotZip(zip: JSZip): Promise<number> {
  if (!zip.file("xl/workbook.xml") || !zip.file("[Content_Types].xml"))
    throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  let replaced = 0;
  for (const part of worksheetParts(zip)) {
    const xml = await readPart(zip, part);
    const out = stripAddinFormulas(xml);
    replaced += out.replaced;
    if (out.xml !== xml) zip.file(part, out.xml);
  }
  if (zip.file("xl/calcChain.xml"))
    await removePart(zip, "xl/calcChain.xml", "xl/_rels/workbook.xml.rels");
  if (zip.file("xl/webextensions/taskpanes.xml")) {
    await removePart(zip, "xl/webextensions/taskpanes.xml", "_rels/.rels");
    zip.remove("xl/webextensions/_rels/taskpanes.xml.rels");
  }
  for (const name of Object.keys(zip.files).filter((n) =>
    /^xl\/webextensions\/webextension\d+\.xml$/.test(n)
  )) {
    await removePart(zip, name, "xl/webextensions/_rels/taskpanes.xml.rels");
  }
  if (replaced > 0 && !hasNote(await readPart(zip, "xl/workbook.xml")))
    await addNoteSheet(zip, snapshotNote(replaced));
  return replaced;
}

/** `snapshotZip` from bytes to bytes; throws (one-line message) when the input is not a package. */
export async function snapshotPackage(
  input: Uint8Array
): Promise<{ bytes: Buffer; replaced: number }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch {
    throw new Error("not an .xlsx file (the zip package cannot be read)");
  }
  const replaced = await snapshotZip(zip);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { bytes, replaced };
}
