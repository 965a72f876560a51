/**
 * The preview's .xlsx download (issue 11, item 3): the created sheet exported by the memory
 * host and read back with exceljs, a third-party reader.
 */
import ExcelJS from "exceljs";
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { kymppiPlan } from "./support/plans";

const store = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};
const host = () =>
  createMemoryHost(
    engineEvaluate(() => "fi"),
    store()
  );

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("memory host: exportSheet", () => {
  it("writes text as text, numbers, and formulas with the values the preview computed", async () => {
    const h = host();
    const spec: SheetSpec = {
      name: "Plan <&>",
      cells: [
        [
          { kind: "text", text: "=1+1", style: "header" },
          { kind: "text", text: "005" },
          { kind: "number", value: 28616, format: "#,##0", style: "input" },
        ],
        [
          { kind: "formula", formula: "=TYOALUE.MEETSMINIMUM(C1)" },
          { kind: "formula", formula: "=TYOALUE.SHORTFALL(C1,30000)", format: "#,##0" },
          { kind: "boolean", value: false },
        ],
      ],
      tables: [],
      charts: [],
      columnWidths: [12, 30],
    };
    const { name } = await h.writeSheet(spec);
    const ws = (await read(await h.exportSheet(name))).getWorksheet(name)!;
    expect(ws.getCell("A1").value).toBe("=1+1");
    expect(ws.getCell("B1").value).toBe("005");
    expect(ws.getCell("C1").value).toBe(28616);
    expect(ws.getCell("C1").numFmt).toBe("#,##0");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    // 28 616 ≥ 20 000 → TRUE; 30 000 − 28 616 = 1 384 (as in memoryHost.test.ts). Stored as
    // Excel stores the add-in's functions (_xldudf_), each a dynamic array over its own cell.
    expect(ws.getCell("A2").value).toEqual({
      formula: "_xldudf_TYOALUE_MEETSMINIMUM(C1)",
      result: true,
      shareType: "array",
      ref: "A2",
    });
    expect(ws.getCell("B2").value).toEqual({
      formula: "_xldudf_TYOALUE_SHORTFALL(C1,30000)",
      result: 1384,
      shareType: "array",
      ref: "B2",
    });
    expect(ws.getCell("C2").value).toBe(false);
    expect(ws.getColumn(2).width).toBe(30);
  });

  it("exports the Kymppi plan with the values shown in the preview, spilled cells included", async () => {
    const h = host();
    const { name } = await h.writeSheet(planSheet(kymppiPlan(), SHEET_LABELS.fi));
    const shown = await h.readSheet(name);
    const ws = (await read(await h.exportSheet(name))).getWorksheet(name)!;
    const valueAt = (r: number, c: number) => {
      const v = ws.getCell(r + 1, c + 1).value;
      if (v === null || typeof v !== "object" || !("formula" in v)) return v;
      // exceljs's reader drops a cached result of 0 (the file holds <v>0</v>; checked by hand).
      return v.result ?? 0;
    };
    const exported = shown.map((row, r) => row.map((_, c) => valueAt(r, c) ?? null));
    const plain = shown.map((row) =>
      row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v))
    );
    expect(exported).toEqual(plain.map((row) => row.map((v) => v ?? null)));
  });

  it("rejects a sheet that does not exist", async () => {
    await expect(host().exportSheet("Ei ole")).rejects.toThrow(/Ei ole/);
  });
});
