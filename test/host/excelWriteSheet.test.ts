import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { TargetNotEmptyError } from "../../src/host/WorkbookHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { FakeWorkbookModel, fakeContext } from "./support/fakeExcel";
import { kymppiPlan, registryPlan } from "./support/plans";
import { countPlanSyncs } from "./support/countSyncs";

const tiny: SheetSpec = {
  name: "Plan",
  cells: [
    [
      { kind: "text", text: "=1+1" },
      { kind: "text", text: "+358 40 123" },
      { kind: "number", value: 5 },
    ],
    [{ kind: "formula", formula: "=C1*2" }, null, { kind: "text", text: "005" }],
  ],
  tables: [{ name: "Members", range: "A1:C2" }],
  charts: [],
};

describe("excelWriteSheet", () => {
  it.each([10, 308])("writes a plan of %i members in exactly three syncs", async (n) => {
    expect(await countPlanSyncs(n)).toBe(3);
  });

  it("writes text as text, even a name starting with '=', and formulas as formulas", async () => {
    const m = new FakeWorkbookModel();
    await excelWriteSheet(fakeContext(m), tiny);
    const cells = m.sheet("Plan")!.cells;
    expect(cells.get("A1")).toEqual({ format: "@", value: "=1+1" });
    expect(cells.get("B1")).toEqual({ format: "@", value: "+358 40 123" });
    expect(cells.get("C2")).toEqual({ format: "@", value: "005" });
    expect(cells.get("A2")?.formula).toBe("=C1*2");
    expect(cells.get("C1")?.value).toBe(5);
  });

  it("creates a new, uniquely named sheet beside an existing one on a second run", async () => {
    const m = new FakeWorkbookModel();
    m.addSheet("plan", { A1: { value: "user data" } });
    const first = await excelWriteSheet(fakeContext(m), tiny);
    const second = await excelWriteSheet(fakeContext(m), tiny);
    expect([first.name, second.name]).toEqual(["Plan (2)", "Plan (3)"]);
    expect(m.sheet("plan")!.cells.get("A1")).toEqual({ value: "user data" });
    expect(m.tableNames).toEqual(["Members", "Members_2"]);
    expect(m.active).toBe("Plan (3)");
  });

  it("refuses to write into an existing sheet where any target cell is non-empty, writing nothing", async () => {
    const m = new FakeWorkbookModel();
    m.addSheet("Budget", { C2: { value: 0 } });
    const run = excelWriteSheet(fakeContext(m), tiny, { kind: "existing", sheet: "Budget" });
    await expect(run).rejects.toEqual(new TargetNotEmptyError("Budget", "C2"));
    expect(
      [...m.sheet("Budget")!.cells.keys()].filter(
        (k) => m.sheet("Budget")!.cells.get(k)!.value !== undefined
      )
    ).toEqual(["C2"]);
    expect(m.syncs).toBe(1);
  });

  it("writes into an empty existing sheet", async () => {
    const m = new FakeWorkbookModel();
    m.addSheet("Empty");
    const written = await excelWriteSheet(fakeContext(m), tiny, {
      kind: "existing",
      sheet: "Empty",
    });
    expect(written.name).toBe("Empty");
    expect(m.sheets).toHaveLength(1);
  });

  it("reports formula cells that evaluate to an error", async () => {
    const m = new FakeWorkbookModel();
    const spec: SheetSpec = {
      ...tiny,
      cells: [[{ kind: "formula", formula: "=#ERR" }]],
      tables: [],
    };
    expect((await excelWriteSheet(fakeContext(m), spec)).errorCells).toEqual(["A1"]);
  });

  it("writes the Kymppi plan's table, formulas and three charts", async () => {
    const m = new FakeWorkbookModel();
    const written = await excelWriteSheet(fakeContext(m), planSheet(kymppiPlan(), SHEET_LABELS.fi));
    const sheet = m.sheet(written.name)!;
    expect(written.name).toBe("Työllisyysalue");
    expect(sheet.tables).toEqual(["Jasenkunnat"]);
    expect(sheet.charts.map((c) => c.type)).toEqual(["Line", "Pie", "ColumnClustered"]);
    expect(sheet.charts[0].series).toEqual(["Työvoimaennuste", "Vähimmäismäärä"]);
    expect(sheet.cells.get("R16")?.formula).toBe("=TYOALUE.LABOURFORCE($C$5:$C$14)");
    expect(sheet.cells.get("M5")?.formula).toBe(
      "=TYOALUE.SUBSIDYALLOCATION($R$8,$D$5:$D$14,$E$5:$E$14,$R$9)"
    );
    expect(sheet.cells.get("M6")).toEqual({ format: '#,##0.00 "€"' });
  });

  it("names the sheet of a 308-member plan and spans the table over all of them", async () => {
    const m = new FakeWorkbookModel();
    await excelWriteSheet(fakeContext(m), planSheet(registryPlan(308), SHEET_LABELS.en));
    expect(m.sheet("Employment area")!.cells.get("B312")).toEqual({
      format: "@",
      value: "Äänekoski",
    }); // the registry's last row (992)
  });
});
