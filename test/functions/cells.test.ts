import { nameCell, numberCell, textCell } from "../../src/functions/cells";

describe("numberCell: strict numeric input (functions.md, 'Strict input')", () => {
  it("accepts a number as it is", () => {
    expect(numberCell(28616, "labourForce")).toEqual({ ok: true, value: 28616 });
    expect(numberCell(0, "labourForce")).toEqual({ ok: true, value: 0 });
  });
  it.each([
    [null, "cell.blank", undefined],
    ["", "cell.blank", undefined],
    [undefined, "cell.blank", undefined],
    ["28 616", "cell.numberAsText", "28 616"],
    ["1 234,56 €", "cell.numberAsText", "1 234,56 €"],
    ["95 %", "cell.numberAsText", "95 %"],
    ["Kokkola", "cell.text", "Kokkola"],
    [true, "cell.boolean", "TRUE"],
    [false, "cell.boolean", "FALSE"],
    [{ code: "#DIV/0!" }, "cell.error", "#DIV/0!"],
    [{ errorType: "#N/A" }, "cell.error", "#N/A"],
  ])("refuses %p with %s, naming the argument and the position", (cell, message, text) => {
    const r = numberCell(cell as never, "labourForce", { row: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: "#VALUE!", message, arg: "labourForce", at: { row: 3 } });
    expect(r.error.params?.text).toBe(text);
  });
  it("refuses NaN and infinities", () => {
    expect(numberCell(NaN, "x")).toMatchObject({
      ok: false,
      error: { message: "number.notFinite" },
    });
    expect(numberCell(Infinity, "x")).toMatchObject({
      ok: false,
      error: { message: "number.notFinite" },
    });
  });
});

describe("nameCell and textCell", () => {
  it("accept codes as numbers or text and names as text", () => {
    expect(nameCell(5, "municipality")).toEqual({ ok: true, value: 5 });
    expect(nameCell("005", "municipality")).toEqual({ ok: true, value: "005" });
    expect(nameCell("Kannus", "municipality")).toEqual({ ok: true, value: "Kannus" });
  });
  it("refuse blanks, booleans and errors", () => {
    expect(nameCell(null, "municipality")).toMatchObject({
      ok: false,
      error: { message: "cell.blank" },
    });
    expect(nameCell(true, "municipality")).toMatchObject({
      ok: false,
      error: { message: "cell.notName" },
    });
    expect(nameCell({ code: "#REF!" }, "municipality")).toMatchObject({
      ok: false,
      error: { message: "cell.error" },
    });
  });
  it("textCell reads a number as its text so the core can say the option is unknown", () => {
    expect(textCell(5, "field")).toEqual({ ok: true, value: "5" });
    expect(textCell("sv", "field")).toEqual({ ok: true, value: "sv" });
    expect(textCell(true, "field")).toMatchObject({ ok: false });
  });
});

describe("Excel data-type objects (allowCustomDataForDataTypeAny)", () => {
  it("reads a formatted number as its basic value and a data-type error as the error", () => {
    expect(
      numberCell(
        { type: "FormattedNumber", basicValue: 95000, numberFormat: "# ##0 €" } as never,
        "x"
      )
    ).toEqual({ ok: true, value: 95000 });
    expect(numberCell({ type: "Error", errorType: "Div0" } as never, "x")).toMatchObject({
      ok: false,
      error: { message: "cell.error", params: { text: "#DIV/0!" } },
    });
    expect(nameCell({ type: "String", basicValue: "Kannus" } as never, "municipality")).toEqual({
      ok: true,
      value: "Kannus",
    });
  });
});
