/** The small pieces under calc and snapshot: sheet cells, cell edits, shared formulas, zip sniffing. */
import { deflateRawSync } from "node:zlib";
import { cliLanguage } from "../../src/cli/cliLanguage";
import { nestingDepth } from "../../src/cli/formulaLimits";
import { shiftFormula } from "../../src/cli/shiftFormula";
import { editSheet, type CellEdit } from "../../src/templates/package/editSheet";
import { foreignKind } from "../../src/templates/package/fileKind";
import { a1, rowCol, sheetCells } from "../../src/templates/package/sheetCells";
import { zipDirectory } from "../../src/templates/package/zipDirectory";
import { zipEntryBytes } from "../../src/templates/package/zipEntry";
import { entry, zipOf } from "../hostile/support/zipBuilder";

const sheet = (data: string) =>
  `<worksheet><sheetData>${data}</sheetData><sheetProtection sheet="1" hashValue="x"/></worksheet>`;
const edits = (list: [string, CellEdit][]) => {
  const m = new Map<number, Map<number, CellEdit>>();
  for (const [ref, e] of list) {
    const [r, c] = rowCol(ref);
    m.set(r, (m.get(r) ?? new Map()).set(c, e));
  }
  return m;
};

describe("a1 / rowCol", () => {
  it.each([
    ["A1", 1, 1],
    ["Z9", 9, 26],
    ["AA10", 10, 27],
    ["XFD1048576", 1048576, 16384], // Excel's last cell
  ])("%s is row %i, column %i and back", (ref, row, col) => {
    expect(rowCol(ref)).toEqual([row, col]);
    expect(a1(row, col)).toBe(ref);
  });
});

describe("editSheet", () => {
  const xml = sheet(
    '<row r="1" spans="1:3"><c r="A1" s="2"><f>SUM(B1)</f><v>1</v></c><c r="C1" s="4" t="s"><v>0</v></c></row>' +
      '<row r="3" s="7" customFormat="1"/>'
  );

  it("changes a value and its type only; the style, formula and everything else stay", () => {
    const out = editSheet(xml, edits([["A1", { value: "teksti & <b>" }]]));
    expect(out).toBe(
      xml.replace(
        '<c r="A1" s="2"><f>SUM(B1)</f><v>1</v></c>',
        '<c r="A1" s="2" t="str"><f>SUM(B1)</f><v>teksti &amp; &lt;b&gt;</v></c>'
      )
    );
  });

  it("writes booleans, errors and blanks as Excel does (t=b 1/0, t=e code, no value)", () => {
    const out = editSheet(
      xml,
      edits([
        ["A1", { value: { error: "#SPILL!" } }],
        ["C1", { value: null }],
      ])
    );
    expect(out).toContain('<c r="A1" s="2" t="e"><f>SUM(B1)</f><v>#SPILL!</v></c>');
    expect(out).toContain('<c r="C1" s="4"/>');
    expect(editSheet(xml, edits([["A1", { value: false }]]))).toContain(
      '<c r="A1" s="2" t="b"><f>SUM(B1)</f><v>0</v></c>'
    );
  });

  it("inserts missing cells and rows in order, keeping a self-closed row's attributes", () => {
    const out = editSheet(
      xml,
      edits([
        ["B1", { value: 2 }],
        ["D1", { value: 4 }],
        ["A2", { value: 5 }],
        ["B3", { value: 6 }],
        ["A4", { value: 7 }],
      ])
    );
    expect(sheetCells(out).map((c) => c.ref)).toEqual(["A1", "B1", "C1", "D1", "A2", "B3", "A4"]);
    expect(out).toContain('<row r="3" s="7" customFormat="1"><c r="B3"><v>6</v></c></row>');
    expect(out).toContain('<sheetProtection sheet="1" hashValue="x"/>');
  });

  it("sets an array formula's range, or makes a formula an array formula when its result spills", () => {
    const array = sheet(
      '<row r="1"><c r="A1" cm="1"><f t="array" ref="A1:A9">X()</f><v>1</v></c></row>'
    );
    expect(editSheet(array, edits([["A1", { value: 1, arrayRef: "A1:A3" }]]))).toContain(
      '<f t="array" ref="A1:A3">X()</f>'
    );
    expect(editSheet(xml, edits([["A1", { value: 1, arrayRef: "A1:A2" }]]))).toContain(
      '<f t="array" ref="A1:A2">SUM(B1)</f>'
    );
  });

  it("returns the very same text when there is nothing to edit", () => {
    expect(editSheet(xml, new Map())).toBe(xml);
  });
});

describe("shiftFormula (Excel's shared formulas)", () => {
  it.each([
    ["SUM(A1:B$2)*$C3", 2, 1, "SUM(B3:C$2)*$C5"], // the TSDoc example
    ['IF(A1>0,"A1 stays",Data!B2)', 1, 0, 'IF(A2>0,"A1 stays",Data!B3)'],
    ["'Sheet A1'!C1+LOG10(A1)", 0, 1, "'Sheet A1'!D1+LOG10(B1)"],
    ["_xldudf_TYOALUE_LABOURFORCE(B4:B13)", 0, 1, "_xldudf_TYOALUE_LABOURFORCE(C4:C13)"],
  ])("%s moved by %i rows, %i columns is %s", (f, r, c, expected) => {
    expect(shiftFormula(f, r, c)).toBe(expected);
  });
});

describe("nestingDepth", () => {
  it("counts parentheses outside quoted text and sheet names", () => {
    expect(nestingDepth("SUM(ABS((1)))")).toBe(3);
    expect(nestingDepth("LEN(\"((((\")+'a(b'!A1")).toBe(1);
  });
});

describe("zip directory and sniffing", () => {
  const zip = zipOf([
    entry("[Content_Types].xml", "<Types/>"),
    entry("xl/workbook.xml", "<workbook/>"),
  ]);

  it("lists the entries with their declared sizes, and inflates one", () => {
    const list = zipDirectory(zip)!;
    expect(list.map((e) => [e.name, e.size])).toEqual([
      ["[Content_Types].xml", 8],
      ["xl/workbook.xml", 11],
    ]);
    expect(zipEntryBytes(zip, list[1]).toString()).toBe("<workbook/>");
  });

  it("never inflates past the declared size", () => {
    const liar = zipOf([
      { name: "x", deflated: deflateRawSync(Buffer.alloc(65536)), size: 10, crc: 0 },
    ]);
    expect(() => zipEntryBytes(liar, zipDirectory(liar)![0])).toThrow();
  });

  it("names what is not a workbook package, and finds no directory in text", () => {
    expect(foreignKind(zip, zipDirectory(zip))).toBeUndefined();
    expect(foreignKind(Buffer.from("hello"), undefined)).toBe("notZip");
    expect(zipDirectory(Buffer.from("hello"))).toBeUndefined();
  });
});

describe("cliLanguage", () => {
  it.each([
    [{ LANG: "fi_FI.UTF-8" }, "fi"],
    [{ LANG: "sv_FI.UTF-8" }, "sv"],
    [{ LANG: "fi_FI.UTF-8", LC_ALL: "en_GB.UTF-8" }, "en"], // LC_ALL wins, as in POSIX
    [{ LC_MESSAGES: "sv_SE", LANG: "fi_FI" }, "sv"],
    [{}, "en"],
  ])("%j → %s", (env, lang) => expect(cliLanguage(env as NodeJS.ProcessEnv)).toBe(lang));
});
