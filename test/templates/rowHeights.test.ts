import { rowHeight, wrappedLines } from "../../src/templates/rowHeights";

describe("wrapped text lines", () => {
  it("keeps a short label on one line", () => {
    // 20 characters; a 38-wide column holds floor(38 × 1.1) = 41 of running text
    expect(wrappedLines("Monialaiset palvelut", 38)).toBe(1);
  });

  it("wraps a bold header between words as LibreOffice drew it", () => {
    // room floor(16 × 1.0) = 16: "Tavoite" (7) + " asiakasta/htv" = 21 > 16 → 2nd line;
    // "asiakasta/htv" (13) + " (syöttö)" = 22 > 16 → 3rd line (three lines in the PDF render)
    expect(wrappedLines("Tavoite asiakasta/htv (syöttö)", 16, true)).toBe(3);
  });

  it("breaks a word longer than the column over as many lines as it needs", () => {
    // room floor(10 × 1.1) = 11: 25 characters → 11 + 11 + 3
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
    // a next word of 2 fits after the broken word's last 3 characters (3 + 1 + 2 ≤ 11);
    // one of 10 does not (3 + 1 + 10 > 11) and takes a 4th line
    expect(wrappedLines(`${"x".repeat(25)} yy`, 10)).toBe(3);
    expect(wrappedLines(`${"x".repeat(25)} ${"y".repeat(10)}`, 10)).toBe(4);
  });

  it("gives a row 15 pt a line plus 3 pt, and leaves one-line rows at Excel's default", () => {
    expect(rowHeight(1)).toBeUndefined();
    expect(rowHeight(2)).toBe(33);
    expect(rowHeight(3)).toBe(48);
  });
});
