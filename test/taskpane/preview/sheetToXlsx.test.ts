import ExcelJS from "exceljs";
import type { MemorySheet } from "../../../src/host/memoryHost";
import { sheetToXlsx } from "../../../src/taskpane/preview/sheetToXlsx";

// A two-cell plan: Kymppi's labour force 28 616 (domain.md) and the 20 000 check on it.
const sheet: MemorySheet = {
  name: "Työllisyysalue",
  cells: [
    [
      { kind: "number", value: 28616, format: "#,##0" },
      { kind: "formula", formula: "=TYOALUE.MEETSMINIMUM(A1,20000)" },
    ],
  ],
  tables: [],
  charts: [],
  columnWidths: [12, 14],
};

describe("sheetToXlsx", () => {
  it("writes numbers and add-in formulas as Excel saves them, with the preview's values (read back by exceljs)", async () => {
    const bytes = await sheetToXlsx(sheet, [[28616, true]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet("Työllisyysalue")!;
    expect(ws.getCell("A1").value).toBe(28616);
    expect(ws.getCell("B1").value).toEqual({
      formula: "_xldudf_TYOALUE_MEETSMINIMUM(A1,20000)",
      result: true,
    });
    expect(ws.getColumn(2).width).toBe(14);
  });
});
