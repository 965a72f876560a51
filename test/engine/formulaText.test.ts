import { callsAddin, toFileFormula } from "../../src/core";
import { toEngineFormula } from "../../src/engine";

describe("formula text between Excel files and the engine", () => {
  it("reads Excel's saved form of add-in functions", () => {
    expect(toEngineFormula("_xldudf_TYOALUE_LABOURFORCE(A1:A3)")).toBe(
      "=TYOALUE.LABOURFORCE(A1:A3)"
    );
    expect(toEngineFormula("=SUM(_xldudf_TYOALUE_PAYMENTCAP(B1:B3),1)")).toBe(
      "=SUM(TYOALUE.PAYMENTCAP(B1:B3),1)"
    );
  });
  it("drops _xlfn./_xlws. prefixes and turns boolean literals into TRUE()/FALSE()", () => {
    expect(toEngineFormula("_xlfn._xlws.SORT(A1:A3)")).toBe("=SORT(A1:A3)");
    expect(toEngineFormula("_xlfn.XOR(TRUE,false)")).toBe("=XOR(TRUE(),FALSE())");
    expect(toEngineFormula("IF(TRUE(),TRUE!A1,TRUEVALUE)")).toBe("=IF(TRUE(),TRUE!A1,TRUEVALUE)");
  });
  it("leaves string literals and quoted sheet names alone", () => {
    expect(toEngineFormula("SUM('My TRUE sheet'!A1:A2)+'It''s'!B1")).toBe(
      "=SUM('My TRUE sheet'!A1:A2)+'It''s'!B1"
    );
    expect(toEngineFormula('CONCATENATE("_xldudf_TYOALUE_X(", "TRUE")')).toBe(
      '=CONCATENATE("_xldudf_TYOALUE_X(", "TRUE")'
    );
  });
  it("writes the dotted form back as Excel saves it", () => {
    expect(toFileFormula("=TYOALUE.LABOURFORCE(A1:A3)+X.TYOALUE.Y(1)")).toBe(
      "_xldudf_TYOALUE_LABOURFORCE(A1:A3)+X.TYOALUE.Y(1)"
    );
    // What the engine writes is what the snapshot rule recognises.
    expect(callsAddin(toFileFormula("=TYOALUE.CASELOAD(1,2)"))).toBe(true);
    expect(callsAddin(toFileFormula("=SUM(A1)"))).toBe(false);
  });
  it("translates nested calls both ways", () => {
    // Both calls are rewritten: the first call's "(" is not consumed before the second.
    expect(toEngineFormula("_xldudf_TYOALUE_LABOURFORCE(_xldudf_TYOALUE_NEIGHBOURS(A1))")).toBe(
      "=TYOALUE.LABOURFORCE(TYOALUE.NEIGHBOURS(A1))"
    );
    expect(toFileFormula("=TYOALUE.CONTIGUOUS(TYOALUE.NEIGHBOURS(A1))")).toBe(
      "_xldudf_TYOALUE_CONTIGUOUS(_xldudf_TYOALUE_NEIGHBOURS(A1))"
    );
  });
});
