import fc from "fast-check";
import {
  blockAddress,
  cellAddress,
  columnIndex,
  columnLetters,
  inRange,
  isReference,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
} from "../../../src/core";

// Excel's columns: A is the first, Z the 26th, AA the 27th, ZZ the 702nd (26 + 26·26) and XFD
// the last (16 384th); indexes here count from 0 like Office.js `getRangeByIndexes`.
describe("A1 references (0-based)", () => {
  it("converts column letters both ways", () => {
    expect([0, 25, 26, 701, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "XFD"]);
    expect(["A", "Z", "AA", "ZZ", "XFD", "xfd"].map(columnIndex)).toEqual([
      0, 25, 26, 701, 16383, 16383,
    ]);
  });
  it("round-trips every column of a sheet", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetters(i)) === i)
    );
  });
  it("parses cells and ranges, absolute or not, corners in any order", () => {
    expect(cellAddress(311, 1)).toBe("B312");
    expect(parseCell("$AF$20")).toEqual({ row: 19, col: 31 });
    expect(parseCell("b16")).toEqual({ row: 15, col: 1 });
    expect(parseRange("A4:I14")).toEqual({ top: 3, left: 0, bottom: 13, right: 8 });
    expect(parseRange("C14:B5")).toEqual({ top: 4, left: 1, bottom: 13, right: 2 });
    expect(rangeAddress(parseRange("C14:B5"))).toBe("B5:C14");
    expect(rangeAddress(parseRange("B5"))).toBe("B5");
    expect(blockAddress("B26", 26, 1)).toBe("B26:B51");
    expect(inRange(parseRange("B2:C3"), 2, 2)).toBe(true);
    expect(inRange(parseRange("B2:C3"), 3, 2)).toBe(false);
  });
  it("refuses what is not a reference", () => {
    expect(() => parseCell("B0")).toThrow("not a cell reference");
    expect(() => parseCell("Sheet1!B1")).toThrow("not a cell reference");
    expect(isReference("B4:B13")).toBe(true);
    expect(isReference("B4:B13:B14")).toBe(false);
    expect(isReference("SUM")).toBe(false);
  });
  it("quotes sheet names, doubling a quote inside", () => {
    expect(quoteSheet("Plan (2)")).toBe("'Plan (2)'");
    expect(quoteSheet("Kunnan 'arvio'")).toBe("'Kunnan ''arvio'''");
  });
});
