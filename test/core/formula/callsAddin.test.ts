import { callsAddin } from "../../../src/core";

describe("callsAddin", () => {
  it.each([
    ["=TYOALUE.LABOURFORCE(B1:B3)", true],
    ["=tyoalue.labourforce(B1:B3)", true],
    ["=_xldudf_TYOALUE_LABOURFORCE(B1:B3)", true],
    ["_xldudf_TYOALUE_LABOURFORCE(B1:B3)", true], // an <f> element's text has no "="
    ["=ROUND(TYOALUE.SHORTFALL(A1) / 2, 0)", true],
    ["=SUM(B1:B2)", false],
    ['="TYOALUE.LABOURFORCE(B1)"', false],
    ["='TYOALUE.X('!A1", false],
    ["=MY_TYOALUE.X(A1)", false],
    ["=TYOALUE.LABOURFORCE", false], // a name, not a call
  ])("%s → %s", (formula, expected) => expect(callsAddin(formula)).toBe(expected));
});
