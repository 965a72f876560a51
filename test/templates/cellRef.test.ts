import {
  blockRef,
  colIndex,
  colLetters,
  isReference,
  parseCell,
  parseRange,
} from "../../src/templates/cellRef";

describe("cellRef", () => {
  it("converts column letters both ways (A=1, Z=26, AA=27, XFD=16384 — Excel's last column)", () => {
    expect([colIndex("A"), colIndex("Z"), colIndex("AA"), colIndex("XFD")]).toEqual([
      1, 26, 27, 16384,
    ]);
    expect([colLetters(1), colLetters(26), colLetters(27), colLetters(16384)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
  });
  it("parses cells and ranges, absolute or not", () => {
    expect(parseCell("$B$16")).toEqual({ row: 16, col: 2 });
    expect(parseRange("C14:B5")).toEqual({ top: 5, left: 2, bottom: 14, right: 3 });
    expect(blockRef("B26", 26, 1)).toBe("B26:B51");
  });
  it("refuses what is not a reference", () => {
    expect(() => parseCell("B0")).toThrow("not a cell reference");
    expect(isReference("B4:B13")).toBe(true);
    expect(isReference("SUM")).toBe(false);
  });
});
