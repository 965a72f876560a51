import { isAddinFormula } from "../../src/host/addinFormula";

// The formula rule itself is tested in test/core/formula/callsAddin.test.ts; here, what the
// host adds: only formula text (starting with "=") counts, never a constant.
describe("isAddinFormula", () => {
  it.each([
    ["=TYOALUE.LABOURFORCE(B1:B3)", true],
    ["=SUM(B1:B2)", false],
    ["TYOALUE.LABOURFORCE(B1)", false], // a text constant, not a formula
    [28616, false],
    [null, false],
  ])("%s → %s", (formula, expected) => expect(isAddinFormula(formula)).toBe(expected));
});
