import { labourForce, projectLabourForce, neighbours, municipality } from "../../src/core";
import { createWorkbookEngine, isEngineError } from "../../src/engine";

const value = <T>(r: { ok: boolean; value?: T }) => {
  if (!r.ok) throw new Error("core refused the example");
  return r.value as T;
};

describe("createWorkbookEngine", () => {
  it("computes catalogue functions in both formula forms next to built-ins", () => {
    // Labour force figures: an exact hand sum, 12 000 + 9 500 + 7 116 = 28 616 (Kymppi, domain.md).
    const e = createWorkbookEngine({
      Area: [
        [12000, "=TYOALUE.LABOURFORCE(A1:A3)"],
        [9500, "=_xldudf_TYOALUE_MEETSMINIMUM(A1:A3)"],
        [7116, "=SUM(A1:A3)"],
        [null, "=_xlfn.XOR(TRUE(),FALSE())"],
      ],
    });
    expect(e.getValue("Area", "B1")).toBe(value(labourForce([12000, 9500, 7116])));
    expect(e.getValue("Area", "B1")).toBe(28616);
    expect(e.getValue("Area", "B2")).toBe(true);
    expect(e.getValue("Area", "B3")).toBe(28616);
    expect(e.getValue("Area", "B4")).toBe(true);
    e.destroy();
  });

  it("spills list results in a column and returns them as rows", () => {
    const e = createWorkbookEngine({ S: [[28616, "=TYOALUE.PROJECTLABOURFORCE(A1,-0.014,3)"]] });
    const expected = value(projectLabourForce([28616], -0.014, 3)).map((v) => [v]);
    expect(e.getResult("S", "B1")).toEqual(expected);
    expect(e.getValue("S", "B4")).toBe(expected[3][0]);
  });

  it("sizes a spill that depends on another cell once that cell is known, and after edits", () => {
    const e = createWorkbookEngine({ S: [["=TYOALUE.PROJECTLABOURFORCE(100,0.1,B1)", 2]] });
    expect((e.getResult("S", "A1") as unknown[][]).length).toBe(3);
    e.setCells("S", "B1", [[4]]);
    expect((e.getResult("S", "A1") as unknown[][]).length).toBe(5);
    e.setCells("S", "B1", [[1]]);
    expect(e.getResult("S", "A1")).toEqual([[100], [110.00000000000001]]); // 100·1.1 in binary floating point
    expect(e.getValue("S", "A3")).toBeNull();
  });

  it("reports blank, text and boolean cells as #VALUE! with a message naming the position", () => {
    const e = createWorkbookEngine({
      S: [
        [1, "=TYOALUE.LABOURFORCE(A1:A3)"],
        [null, "=TYOALUE.LABOURFORCE(C1:C2)"],
        [2, "=TYOALUE.LABOURFORCE(D1:D2)"],
      ],
    });
    e.setCells("S", "C1", [["28 616"], [1]]);
    e.setCells("S", "D1", [[1], [true]]);
    expect(e.getValue("S", "B1")).toEqual({
      error: "#VALUE!",
      message: "row 2 of labourForce is blank",
    });
    expect(e.getValue("S", "B2")).toEqual({
      error: "#VALUE!",
      message: 'row 1 of labourForce is the number "28 616" stored as text; enter it as a number',
    });
    expect(e.getValue("S", "B3")).toMatchObject({ error: "#VALUE!" });
  });

  it("passes an error inside a range to the adapter, which refuses it naming the cell", () => {
    const e = createWorkbookEngine({ S: [[1, "=TYOALUE.LABOURFORCE(A1:A2)"], ["=1/0"]] });
    expect(e.getValue("S", "B1")).toEqual({
      error: "#VALUE!",
      message: "row 2 of labourForce contains the error #DIV/0!",
    });
  });

  it("gives #N/A with a message for an unknown municipality, in the engine's locale", () => {
    const e = createWorkbookEngine(
      { S: [['=TYOALUE.MUNICIPALITY("Atlantis")']] },
      { locale: "fi" }
    );
    const v = e.getValue("S", "A1");
    expect(isEngineError(v) && v.error).toBe("#N/A");
    expect(isEngineError(v) && v.message).toContain("Atlantis");
    expect(isEngineError(v) && v.message).toContain("kunta"); // the Finnish parameter name
  });

  it("returns text results and text spills", () => {
    const e = createWorkbookEngine({
      S: [['=TYOALUE.MUNICIPALITY(5,"sv")', '=TYOALUE.NEIGHBOURS("Perho")']],
    });
    expect(e.getValue("S", "A1")).toBe(value(municipality(5, "sv")));
    expect(e.getResult("S", "B1")).toEqual(value(neighbours("Perho")).map((n) => [n]));
  });

  it("refuses a wrong number of arguments", () => {
    const e = createWorkbookEngine({ S: [["=TYOALUE.LABOURFORCE()"]] });
    expect(e.getValue("S", "A1")).toMatchObject({ error: "#N/A" });
  });
});

describe("sheets", () => {
  it("adds a sheet, reads whole sheets and refers across sheets", () => {
    const e = createWorkbookEngine({ Data: [[600000], [400000]] });
    e.addSheet("Budget", [
      ["=TYOALUE.PAYMENTCAP(Data!A1:A2)", "=TYOALUE.CAPHEADROOM(900000,Data!A1:A2)"],
    ]);
    expect(e.sheetNames()).toEqual(["Data", "Budget"]);
    // 95 % of 1 000 000 € = 950 000 €; 950 000 − 900 000 = 50 000 € (hand calculation).
    expect(e.getSheetValues("Budget")).toEqual([[950000, 50000]]);
  });
  it("keeps text given with the ' prefix as text and refuses it where a number is expected", () => {
    const e = createWorkbookEngine({ S: [["'28616", "=TYOALUE.LABOURFORCE(A1)"]] });
    expect(e.getValue("S", "A1")).toBe("28616");
    expect(e.getValue("S", "B1")).toMatchObject({ error: "#VALUE!" });
  });
  it("names an unknown sheet or a bad address in a thrown error (programming errors, not cell values)", () => {
    const e = createWorkbookEngine({ S: [[1]] });
    expect(() => e.getValue("Nope", "A1")).toThrow(/No sheet named "Nope"/);
    expect(() => e.getValue("S", "1A")).toThrow(/not a cell address/);
  });
});
