import { isAddinFormula } from "../../src/host/addinFormula";

describe("isAddinFormula", () => {
  it.each([
    ["=TYOALUE.LABOURFORCE(B1:B3)", true],
    ["=tyoalue.labourforce(B1:B3)", true],
    ["=_xldudf_TYOALUE_LABOURFORCE(B1:B3)", true],
    ["=ROUND(TYOALUE.SHORTFALL(A1) / 2, 0)", true],
    ["=SUM(B1:B2)", false],
    ['="TYOALUE.LABOURFORCE(B1)"', false],
    ["='TYOALUE.X('!A1", false],
    ["=MY_TYOALUE.X(A1)", false],
    ["TYOALUE.LABOURFORCE(B1)", false], // a text constant, not a formula
    [28616, false],
  ])("%s → %s", (formula, expected) => expect(isAddinFormula(formula)).toBe(expected));
});
