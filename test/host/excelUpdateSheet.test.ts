/**
 * Updating the wizard's sheet in Excel (issue 11, item 4): the fake Excel of support/ for
 * contents, Microsoft's request builder for round trips and size.
 */
import { excelUpdateSheet } from "../../src/host/excelUpdateSheet";
import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { FakeWorkbookModel, fakeContext } from "./support/fakeExcel";
import { recordingContext, type Answer } from "./support/officeRequests";
import { kymppiPlan, registryPlan } from "./support/plans";

const kymppi = kymppiPlan();
const tenMembers = planSheet(kymppi, SHEET_LABELS.fi);
// The same plan without its last two members (Lappajärvi 421, Soini 759: rows 13–14).
const eightMembers = planSheet({ ...kymppi, members: kymppi.members.slice(0, 8) }, SHEET_LABELS.fi);

async function created() {
  const m = new FakeWorkbookModel();
  const { name } = await excelWriteSheet(fakeContext(m), tenMembers);
  m.syncs = 0;
  return { m, name, sheet: m.sheet(name)! };
}

describe("excelUpdateSheet", () => {
  it("removes two members: their rows are cleared, the table and charts are recreated, in three syncs", async () => {
    const { m, name, sheet } = await created();
    sheet.cells.set("Z1", { value: "my note" }); // the user's own cell, outside the wizard's
    const result = await excelUpdateSheet(fakeContext(m), name, tenMembers, eightMembers);
    expect(result).toEqual({ ok: true, sheet: expect.objectContaining({ name }) });
    expect(m.syncs).toBe(3);
    expect(sheet.cells.get("B12")?.value).toBe(kymppi.members[7].name);
    expect(sheet.cells.get("A14")?.value).toBeUndefined(); // Soini's code (row 14) is gone
    expect(sheet.cells.get("Z1")).toEqual({ value: "my note" });
    expect(sheet.tables).toEqual(["Jasenkunnat"]);
    expect(m.tableNames).toEqual(["Jasenkunnat"]);
    expect(sheet.charts.map((c) => c.type)).toEqual(["Line", "Pie", "ColumnClustered"]);
    expect(sheet.cells.get("R16")?.formula).toBe("=TYOALUE.LABOURFORCE($C$5:$C$12)");
  });

  it("refuses, naming the cell and writing nothing, when the user edited a cell the wizard wrote", async () => {
    const { m, name, sheet } = await created();
    sheet.cells.set("C6", { value: 9999 }); // a labour force typed over the wizard's
    const before = JSON.stringify([...sheet.cells]);
    const result = await excelUpdateSheet(fakeContext(m), name, tenMembers, eightMembers);
    expect(result).toEqual({ ok: false, cell: "C6", reason: "edited" });
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(m.syncs).toBe(1);
  });

  it("refuses when the user replaced one of the wizard's formulas", async () => {
    const { m, name, sheet } = await created();
    sheet.cells.set("R16", { formula: "=SUM(C5:C14)" });
    const result = await excelUpdateSheet(fakeContext(m), name, tenMembers, tenMembers);
    expect(result).toEqual({ ok: false, cell: "R16", reason: "edited" });
  });

  it("refuses when the user filled a cell that only the new plan writes", async () => {
    const { m, name, sheet } = await created();
    sheet.cells.set("B15", { value: "oma rivi" }); // below the ten members: the 11th's row
    const eleven = planSheet(
      { ...kymppi, members: [...kymppi.members, registryPlan(1).members[0]] },
      SHEET_LABELS.fi
    );
    const result = await excelUpdateSheet(fakeContext(m), name, tenMembers, eleven);
    expect(result).toEqual({ ok: false, cell: "B15", reason: "edited" });
  });

  it("reports a missing sheet", async () => {
    const m = new FakeWorkbookModel();
    const result = await excelUpdateSheet(fakeContext(m), "Poistettu", tenMembers, eightMembers);
    expect(result).toEqual({ ok: false, cell: "", reason: "missing" });
  });

  it("keeps a text cell that starts with '=' as text on update", async () => {
    const tiny: SheetSpec = {
      name: "T",
      cells: [[{ kind: "text", text: "=1+1" }]],
      tables: [],
      charts: [],
    };
    const m = new FakeWorkbookModel();
    const { name } = await excelWriteSheet(fakeContext(m), tiny);
    const result = await excelUpdateSheet(fakeContext(m), name, tiny, tiny);
    expect(result.ok).toBe(true);
    expect(m.sheet(name)!.cells.get("A1")).toEqual({ format: "@", value: "=1+1" });
  });
});

describe("the update's request for 308 members (Microsoft's request builder)", () => {
  const big = planSheet(registryPlan(308), SHEET_LABELS.fi);
  const smaller = planSheet(registryPlan(306), SHEET_LABELS.fi);
  // Excel's reply: the sheet holds what `big` wrote (Excel reports `formulas` for every cell).
  const width = Math.max(...big.cells.map((row) => row.length));
  const content = (r: number, c: number) => {
    const cell = big.cells[r]?.[c];
    if (!cell || cell.kind === "blank") return "";
    return cell.kind === "text" ? cell.text : cell.kind === "formula" ? cell.formula : cell.value;
  };
  const workbook: Answer = (action) => {
    if (action.ActionType !== 2) return undefined;
    const select = action.QueryInfo?.Select ?? [];
    if (select.includes("formulas")) {
      const rows = Array.from({ length: big.cells.length }, (_, r) =>
        Array.from({ length: width }, (_, c) => content(r, c))
      );
      return { Formulas: rows };
    }
    if (select.includes("valueTypes")) return { ValueTypes: [] };
    return { _Items: [] }; // no tables, no charts, no other sheets
  };

  it("takes three round trips and stays under 200 KB", async () => {
    const { ctx, requests } = recordingContext(workbook);
    const result = await excelUpdateSheet(ctx, "Työllisyysalue", big, smaller);
    expect(result.ok).toBe(true);
    expect(requests).toHaveLength(3);
    expect(requests.reduce((a, r) => a + r.bytes, 0)).toBeLessThan(200 * 1024);
  });
});
