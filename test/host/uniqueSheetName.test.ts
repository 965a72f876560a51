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
