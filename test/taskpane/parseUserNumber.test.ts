import { parseUserNumber, splitPasted } from "../../src/taskpane/wizard/parseUserNumber";

describe("parseUserNumber", () => {
  it.each([
    ["28 616", 28616], // domain.md's Kymppi labour force as a Finn types it
    ["28\u00a0616", 28616],
    ["28\u202f616", 28616],
    ["1 234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["\u22121,4", -1.4],
    ["7154000", 7154000],
    [" 0.5 ", 0.5],
  ])("reads %j as %d", (text, n) => expect(parseUserNumber(text)).toBe(n));

  it.each(["", "abc", "1,2,3", "12a", "--1", "1e5"])("refuses %j", (text) =>
    expect(parseUserNumber(text)).toBeUndefined()
  );

  it("reads an English comma as a thousands separator, a Finnish or Swedish one as the decimal comma", () => {
    expect(parseUserNumber("1,234", 0, "en")).toBe(1234);
    expect(parseUserNumber("28,616.5", 0, "en")).toBe(28616.5);
    expect(parseUserNumber("-1,4", 0, "en")).toBe(-1.4); // typed in Finnish before switching to English
    expect(parseUserNumber("1,234", 0, "fi")).toBe(1.234);
    expect(parseUserNumber("1,234", 0, "sv")).toBe(1.234);
  });

  it("moves the decimal point exactly for per-cent fields: −1,4 % is −0.014, not −0.013999999999999999", () => {
    expect(parseUserNumber("-1,4", -2)).toBe(-0.014);
    expect(-1.4 / 100).not.toBe(-0.014); // why the shift is done in the string
    expect(parseUserNumber("95", -2)).toBe(0.95);
  });
});

describe("splitPasted", () => {
  it("splits a column copied from Excel (CRLF, trailing newline) and a tab-separated row", () => {
    expect(splitPasted("6 300\r\n6 050\r\n4 700\r\n")).toEqual(["6 300", "6 050", "4 700"]);
    expect(splitPasted("1\t2\t3")).toEqual(["1", "2", "3"]);
    expect(splitPasted("1\tx\n2\ty")).toEqual(["1", "2"]);
  });
});

describe("parseUserNumber with money pasted from Excel", () => {
  it.each([
    ["3 450 000 €", 3450000], // the example
    ["3\u00a0450\u00a0000\u00a0€", 3450000], // Excel fi-FI: no-break spaces
    ["3\u2009450\u2009000,50 €", 3450000.5], // thin spaces and a decimal comma
    ["3 450 000 EUR", 3450000],
    ["€3,450,000.00", 3450000],
  ])("reads %j as %d", (text, n) => expect(parseUserNumber(text)).toBe(n));

  it("still refuses text that only ends in a euro sign", () =>
    expect(parseUserNumber("abc €")).toBeUndefined());
});
