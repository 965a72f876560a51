import fc from "fast-check";
import {
  Change,
  Count,
  Money,
  NonNegative,
  Positive,
  Ratio,
  checkList,
  checkMatrix,
  checkValue,
  wholeNumber,
} from "../../../src/core";

describe("value domains", () => {
  test.each([
    ["Count", Count],
    ["Ratio", Ratio],
    ["Change", Change],
    ["NonNegative", NonNegative],
    ["Money", Money],
    ["Positive", Positive],
    ["wholeNumber(1000)", wholeNumber(1000)],
  ] as const)("%s: the fast predicate accepts exactly what the zod schema accepts", (_, domain) => {
    const values = fc.oneof(
      fc.double(),
      fc.integer({ min: -1000, max: 1_000_000 }),
      fc.constantFrom(
        0,
        -0,
        1,
        0.95,
        95,
        1.005,
        100.005,
        2 ** 53,
        NaN,
        Infinity,
        -Infinity,
        "28 616",
        null,
        true
      )
    );
    fc.assert(
      fc.property(values, (x) => expect(domain.test(x)).toBe(domain.schema.safeParse(x).success)),
      {
        numRuns: 1000,
      }
    );
  });

  test("faults become #VALUE! with arg, position and the message's figures", () => {
    expect(checkList(Count, [28616, 3.5], "labourForce")).toEqual({
      code: "#VALUE!",
      message: "count.fractional",
      arg: "labourForce",
      at: { row: 2 },
      params: { value: 3.5, text: "3.5" },
    });
    expect(checkValue(Ratio, 95, "capRatio")).toMatchObject({
      message: "ratio.aboveOne",
      params: { hint: 0.95 },
    });
    expect(checkValue(Change, 1.4, "annualChange")).toMatchObject({
      message: "change.tooLarge",
      params: { hint: 0.014 },
    });
    expect(checkValue(Positive, 0, "caseloadTarget")?.message).toBe("positive.notPositive");
    expect(checkValue(Money, 100.005, "budget")?.message).toBe("money.fractionOfCent");
    expect(checkValue(Count, "28 616", "labourForce")?.message).toBe("cell.notNumber");
    expect(checkValue(Count, Infinity, "labourForce")?.message).toBe("number.notFinite");
    expect(checkList(Count, [], "labourForce")?.message).toBe("shape.empty");
  });

  test("matrix faults name row and column; ragged rows are refused", () => {
    expect(
      checkMatrix(
        NonNegative,
        [
          [1, 2],
          [3, -4],
        ],
        "criteria"
      )?.at
    ).toEqual({ row: 2, col: 2 });
    expect(checkMatrix(NonNegative, [[1, 2], [3]], "criteria")?.message).toBe("shape.columns");
  });
});
