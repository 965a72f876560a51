import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { editSheet, type SheetEdits } from "../../../src/templates/package/editSheet";
import { sheetCells } from "../../../src/templates/package/sheetCells";

const rezip = async (input: string, output: string, change: (z: JSZip) => Promise<void>) => {
  const zip = await JSZip.loadAsync(readFileSync(input));
  await change(zip);
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
};

const text = (z: JSZip, part: string) => z.file(part)!.async("string");
const sheetParts = (z: JSZip) =>
  Object.keys(z.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));

/** A made-up VBA project: calc and snapshot must carry its bytes over untouched. */
export const VBA_BYTES = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));

/**
 * The workbook as an .xlsm with a macro: a vbaProject.bin part with its relationship, the
 * `bin` content type and the macro-enabled main content type (ECMA-376 / MS-OFFMACRO).
 */
export const asMacroWorkbook = (input: string, output: string) =>
  rezip(input, output, async (z) => {
    z.file("xl/vbaProject.bin", VBA_BYTES);
    const types = (await text(z, "[Content_Types].xml"))
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
      .replace(
        '<Default Extension="xml"',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'
      );
    z.file("[Content_Types].xml", types);
    const rels = await text(z, "xl/_rels/workbook.xml.rels");
    z.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
      )
    );
  });

/**
 * The workbook with every sheet and the workbook structure protected by a password hash
 * (SHA-512, as Excel writes it; the hash and salt here are arbitrary base64).
 */
export const asProtectedWorkbook = (input: string, output: string) =>
  rezip(input, output, async (z) => {
    for (const part of sheetParts(z)) {
      const xml = await text(z, part);
      z.file(
        part,
        xml.replace(
          "</sheetData>",
          '</sheetData><sheetProtection algorithmName="SHA-512" hashValue="bm90IGEgcmVhbCBoYXNoIGJ1dCBrZXB0IGFzIGl0IGlz" saltValue="c2FsdHNhbHQ=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>'
        )
      );
    }
    const wb = await text(z, "xl/workbook.xml");
    z.file(
      "xl/workbook.xml",
      wb.replace(
        "<sheets>",
        '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="d29ya2Jvb2sgaGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><sheets>'
      )
    );
  });

/** The workbook with every formula's cached value replaced by 0: every formula is stale. */
export const withStaleFormulas = (input: string, output: string) =>
  rezip(input, output, async (z) => {
    for (const part of sheetParts(z)) {
      const xml = await text(z, part);
      const edits: SheetEdits = new Map();
      for (const c of sheetCells(xml).filter((c) => c.formula?.text !== undefined))
        edits.set(c.row, (edits.get(c.row) ?? new Map()).set(c.col, { value: 0 }));
      z.file(part, editSheet(xml, edits));
    }
  });
