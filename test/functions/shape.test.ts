import { line, single, spill } from "../../src/functions/shape";
import { numbers, optionalNumber, optionalRange, numberMatrix } from "../../src/functions/parse";

describe("line: a single row or column, orientation remembered", () => {
  it("reads a column top to bottom", () => {
    expect(line([[1], [2], [3]], "x")).toEqual({
      ok: true,
      value: { values: [1, 2, 3], orientation: "column" },
    });
  });
  it("reads a row left to right", () => {
    expect(line([[1, 2, 3]], "x")).toEqual({
      ok: true,
      value: { values: [1, 2, 3], orientation: "row" },
    });
  });
  it("takes a single value as a one-cell column", () => {
    expect(line(28616, "x")).toEqual({
      ok: true,
      value: { values: [28616], orientation: "column" },
    });
  });
  it("refuses a block of several rows and columns with its size", () => {
    expect(
      line(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "workingAge"
      )
    ).toEqual({
      ok: false,
      error: {
        code: "#VALUE!",
        message: "shape.notLine",
        arg: "workingAge",
        params: { rows: 3, cols: 2 },
      },
    });
  });
  it("refuses an empty range", () => {
    expect(line([], "x")).toMatchObject({ ok: false, error: { message: "shape.empty" } });
  });
});

describe("single, spill and the parsers", () => {
  it("accepts a 1×1 range where one value is expected and refuses a larger one", () => {
    expect(single([[7]], "years")).toEqual({ ok: true, value: 7 });
    expect(single([[7], [8]], "years")).toMatchObject({
      ok: false,
      error: { message: "shape.notScalar", arg: "years" },
    });
  });
  it("spills a column as one-cell rows and a row as one row", () => {
    expect(spill([1, 2], "column")).toEqual([[1], [2]]);
    expect(spill([1, 2], "row")).toEqual([[1, 2]]);
  });
  it("numbers() names the row of the first bad cell", () => {
    expect(numbers([[1], [null], ["x"]], "labourForce")).toMatchObject({
      ok: false,
      error: { message: "cell.blank", at: { row: 2 } },
    });
  });
  it("an omitted optional (null) becomes undefined, so the core applies its default", () => {
    expect(optionalNumber(null, "minimum")).toEqual({ ok: true, value: undefined });
    expect(optionalNumber(undefined, "minimum")).toEqual({ ok: true, value: undefined });
    expect(optionalNumber(15000, "minimum")).toEqual({ ok: true, value: 15000 });
    expect(optionalNumber("15000", "minimum")).toMatchObject({
      ok: false,
      error: { message: "cell.numberAsText" },
    });
    expect(optionalRange(null, numberMatrix, "bands")).toEqual({ ok: true, value: undefined });
  });
  it("numberMatrix names row and column", () => {
    expect(
      numberMatrix(
        [
          [1, 2],
          [3, true],
        ],
        "criteria"
      )
    ).toMatchObject({ ok: false, error: { message: "cell.boolean", at: { row: 2, col: 2 } } });
  });
});
