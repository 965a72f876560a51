import { cellAddress, columnName, parseCell, parseRange } from "../../src/host/a1";
import { uniqueSheetName, uniqueTableName } from "../../src/host/uniqueSheetName";

describe("uniqueSheetName", () => {
  it("keeps a free name and numbers taken ones case-insensitively", () => {
    expect(uniqueSheetName("Plan", ["Sheet1"])).toBe("Plan");
    expect(uniqueSheetName("Plan", ["PLAN", "plan (2)"])).toBe("Plan (3)");
  });
  it("replaces characters Excel forbids and keeps within 31 characters", () => {
    expect(uniqueSheetName("a/b:c[d]*?", [])).toBe("a-b-c-d---");
    const long = "Työllisyysalueen järjestämissuunnitelma";
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toHaveLength(31);
    expect(uniqueSheetName(long, [long.slice(0, 31)]).endsWith(" (2)")).toBe(true);
  });
  it("makes valid unique table names", () => {
    expect(uniqueTableName("Jäsenkunnat 2025", ["Jasenkunnat_2025"])).toBe("Jasenkunnat_2025_2");
  });
});

describe("a1", () => {
  it("converts between indexes and addresses", () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(701)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
    ]);
    expect(cellAddress(311, 1)).toBe("B312");
    expect(parseCell("$AF$20")).toEqual({ row: 19, col: 31 });
    expect(parseRange("A4:I14")).toEqual({ top: 3, left: 0, bottom: 13, right: 8 });
  });
});
