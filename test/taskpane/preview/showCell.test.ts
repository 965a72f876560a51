import { NumberFormats } from "../../../src/host/SheetSpec";
import { showCell } from "../../../src/taskpane/preview/showCell";

// What Excel shows for these formats (Finnish, Swedish and English locales).
describe("the preview shows a number as its cell's format does in Excel", () => {
  const general = { kind: "number", value: 0, format: NumberFormats.general } as const;
  const count = { kind: "number", value: 0, format: NumberFormats.count } as const;

  it("General: a year without a thousands separator, decimals with the locale's comma", () => {
    expect(showCell(2024, general, "fi")).toBe("2024");
    expect(showCell(2024, general, "sv")).toBe("2024");
    expect(showCell(2024, general, "en")).toBe("2024");
    expect(showCell(0.5, general, "fi")).toBe("0,5");
    expect(showCell(-1.4, { kind: "formula", formula: "=1" }, "en")).toBe("-1.4");
  });

  it("#,##0: grouped whole numbers (28 616 labour force, domain.md)", () => {
    expect(showCell(28616, count, "fi").replace(/\s/g, " ")).toBe("28 616");
    expect(showCell(28616, count, "en")).toBe("28,616");
  });
});
