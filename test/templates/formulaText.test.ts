import { formulaText } from "../../src/templates/formulaText";

describe("formulaText", () => {
  it("stores add-in functions as Excel saves them: _xldudf_<NAMESPACE>_<ID>", () => {
    expect(formulaText({ fn: "LABOURFORCE", args: ["B4:B13"] })).toBe(
      "_xldudf_TYOALUE_LABOURFORCE(B4:B13)"
    );
    expect(formulaText({ fn: "MEMBERPAYMENTS", args: ["B6", "B11:B20", 0.95] })).toBe(
      "_xldudf_TYOALUE_MEMBERPAYMENTS(B6,B11:B20,0.95)"
    );
  });
  it("keeps Excel's own SUM, plain references and quoted text", () => {
    expect(formulaText({ fn: "SUM", args: ["E7:E16"] })).toBe("SUM(E7:E16)");
    expect(formulaText({ fn: "REF", args: ["$B$16"] })).toBe("$B$16");
    expect(formulaText({ fn: "MUNICIPALITY", args: ["A4", { text: 'say "sv"' }] })).toBe(
      '_xldudf_TYOALUE_MUNICIPALITY(A4,"say ""sv""")'
    );
  });
});
