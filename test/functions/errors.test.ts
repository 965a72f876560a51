import {
  errorMessage,
  MAX_MESSAGE_LENGTH,
  toCustomFunctionsError,
} from "../../src/functions/toCustomFunctionsError";
import { localeOf } from "../../src/core";
import { displayLocale, paramLabel } from "../../src/functions/locale";
import { toExcel } from "../../src/functions/toExcel";
import { adapters as a } from "../../src/functions/adapters";
import type { CalcError } from "../../src/core";

const blank: CalcError = {
  code: "#VALUE!",
  message: "cell.blank",
  arg: "labourForce",
  at: { row: 3 },
};

describe("toCustomFunctionsError", () => {
  it("gives #VALUE! with the message naming argument and position", () => {
    const e = toCustomFunctionsError(blank, "en");
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("row 3 of labourForce is blank");
  });
  it("uses the localized parameter name in Finnish and Swedish", () => {
    expect(errorMessage(blank, "fi")).toBe("työvoima: rivi 3 on tyhjä");
    expect(errorMessage(blank, "sv")).toContain("arbetskraft");
  });
  it("gives #N/A for an unknown municipality", () => {
    const r = a.MUNICIPALITY("Atlantis", null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(toCustomFunctionsError(r.error, "fi").code).toBe("#N/A");
  });
  it("keeps messages within the length limit", () => {
    const long: CalcError = {
      code: "#VALUE!",
      message: "cell.text",
      arg: "x",
      params: { text: "y".repeat(400) },
    };
    expect(errorMessage(long, "en").length).toBe(MAX_MESSAGE_LENGTH);
  });
  it("every localized parameter label exists for every catalogue parameter", () => {
    for (const id of [
      "labourForce",
      "capRatio",
      "caseloadTarget",
      "benefitDay",
      "neighbourPairs",
    ]) {
      expect(paramLabel("fi")(id)).not.toBe(id);
      expect(paramLabel("sv")(id)).not.toBe(id);
    }
  });
});

describe("toExcel and the display language", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  it("returns the value or throws CustomFunctions.Error in the Office display language", () => {
    expect(toExcel(a.LABOURFORCE([[1], [2]]))).toBe(3);
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "sv-FI" } };
    expect(displayLocale()).toBe("sv");
    try {
      toExcel(a.LABOURFORCE([[1], [null], [2]]));
      throw new Error("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(CustomFunctions.Error);
      expect((e as CustomFunctions.Error).message).toContain("arbetskraft");
    }
  });
  it("maps tags to the product's languages and falls back to English", () => {
    expect(localeOf("fi-FI")).toBe("fi");
    expect(localeOf("sv-SE")).toBe("sv");
    expect(localeOf("de-DE")).toBe("en");
    expect(localeOf(undefined)).toBe("en");
    expect(displayLocale()).toBe("en"); // no Office outside Excel
  });
});
