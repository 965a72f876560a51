/**
 * Text a planner types or pastes into the wizard (parseUserNumber, splitPasted) and cells read
 * from a selection (membersFromCells): never a throw, never NaN or Infinity, and every number
 * as fi-FI, sv-FI or en-US writes it reads back as that number.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/host/WorkbookHost";
import { membersFromCells } from "../../src/taskpane/wizard/membersFromCells";
import { parseUserNumber, splitPasted } from "../../src/taskpane/wizard/parseUserNumber";
import { excelText } from "../fixtures/hostile/excelArbitraries";

const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), excelText);

describe("parseUserNumber", () => {
  it("never throws; gives a finite number or undefined", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -400, max: 400 }), (s, shift) => {
        const n = parseUserNumber(s, shift);
        expect(n === undefined || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 2000, seed: 11 }
    );
  });

  // Whole counts up to 10 million and euro amounts with cents, as each locale prints them
  // (en-US "1,234" is 1 234, as an English speaker means it).
  const cents = fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100);
  it.each([
    ["fi-FI", "fi", fc.oneof(fc.integer({ min: 0, max: 1e7 }), cents)],
    ["sv-FI", "sv", fc.oneof(fc.integer({ min: 0, max: 1e7 }), cents)],
    ["en-US", "en", fc.oneof(fc.integer({ min: 0, max: 1e7 }), cents)],
  ] as const)("reads back what %s prints (UI language %s)", (locale, language, numbers) => {
    fc.assert(
      fc.property(numbers, (n) => {
        const printed = n.toLocaleString(locale, { maximumFractionDigits: 2 });
        expect({ printed, read: parseUserNumber(printed, 0, language) }).toEqual({
          printed,
          read: n,
        });
      }),
      { numRuns: 1000, seed: 12 }
    );
  });
});

describe("splitPasted and membersFromCells", () => {
  it("splitPasted never throws and returns trimmed cells", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const c of splitPasted(s)) expect(c).toBe(c.trim());
      }),
      { numRuns: 1000, seed: 13 }
    );
  });

  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    text,
    fc.double(),
    fc.integer({ min: 0, max: 999 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("#N/A", "#REF!").map((e) => ({ error: e }))
  );

  const selection = fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 }))
    .chain(([r, c]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
    );

  it("membersFromCells never throws; members are registry codes, unknown heads are listed as text", () => {
    fc.assert(
      // Excel's selection is a rectangle of at least one cell.
      fc.property(selection, (rows) => {
        const { members, unknown } = membersFromCells(rows, []);
        for (const m of members) expect(m.code).toMatch(/^\d{3}$/);
        expect(new Set(members.map((m) => m.code)).size).toBe(members.length);
        for (const u of unknown) expect(typeof u).toBe("string");
      }),
      { numRuns: 500, seed: 14 }
    );
  });
});
