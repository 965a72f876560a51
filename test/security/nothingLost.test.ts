/**
 * Nothing lost: a workbook already full of the user's work (numbers, text, formulas, a table,
 * and a sheet that already has the wizard's sheet name). Creating the wizard's worksheet —
 * twice — never changes an existing cell, sheet or table; the second run creates a new sheet
 * beside the first; writing into a sheet that is not empty is refused with nothing written.
 * On the in-memory host (engine-computed) and on the Excel host over the fake Excel.
 */
import { engineEvaluate } from "../../src/host/engineEvaluate";
import { excelWriteSheet } from "../../src/host/excelWriteSheet";
import { createMemoryHost } from "../../src/host/memoryHost";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { TargetNotEmptyError } from "../../src/host/WorkbookHost";
import { SHEET_LABELS } from "../../src/taskpane/i18n/sheetLabels";
import { planSheet } from "../../src/taskpane/sheet/planSheet";
import { FakeWorkbookModel, fakeContext, type FakeCell } from "../host/support/fakeExcel";
import { kymppiPlan } from "../host/support/plans";

const L = SHEET_LABELS.fi;
const plan = () => planSheet(kymppiPlan(), L);

/** The user's own sheets: one named like the wizard's sheet, one budget with a formula. */
const USER_SHEETS: SheetSpec[] = [
  {
    name: L.sheetName,
    cells: [
      [
        { kind: "text", text: "Oma laskelma – älä koske" },
        { kind: "number", value: 28616 },
      ],
      [
        { kind: "formula", formula: "=B1*2" },
        { kind: "text", text: '=HYPERLINK("http://x","y")' },
      ],
    ],
    tables: [{ name: L.tableName, range: "A1:B2" }],
    charts: [],
  },
  {
    name: "Budjetti 2026",
    cells: [
      [
        { kind: "number", value: 6500000 },
        { kind: "formula", formula: "=A1*0.95" },
      ],
    ],
    tables: [],
    charts: [],
  },
];

describe("in-memory host with a pre-filled workbook", () => {
  it("two wizard runs add two new sheets and change no existing cell, sheet or table", async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      { getItem: () => null, setItem: () => undefined },
      "Taul1"
    );
    for (const s of USER_SHEETS) await host.writeSheet(s);
    const before = await host.sheetNames();
    expect(before).toEqual(["Taul1", L.sheetName, "Budjetti 2026"]);
    const snapshot = () => JSON.stringify(before.map((n) => host.sheet(n)));
    const valuesBefore = await Promise.all(before.map((n) => host.readSheet(n)));
    const saved = snapshot();

    const first = await host.writeSheet(plan());
    const second = await host.writeSheet(plan());
    expect([first.name, second.name]).toEqual([`${L.sheetName} (2)`, `${L.sheetName} (3)`]);
    expect(await host.sheetNames()).toEqual([...before, first.name, second.name]);
    expect(snapshot()).toBe(saved);
    expect(await Promise.all(before.map((n) => host.readSheet(n)))).toEqual(valuesBefore);
    // 28 616 × 2 = 57 232 and 6 500 000 × 0.95 = 6 175 000 still compute from the user's cells.
    expect(valuesBefore[1][1][0]).toBe(57232);
    expect(valuesBefore[2][0][1]).toBe(6175000);
    const tables = [L.tableName, `${L.tableName}_2`, `${L.tableName}_3`];
    expect(
      [L.sheetName, first.name, second.name].map((n) => host.sheet(n)!.tables[0].name)
    ).toEqual(tables);
  });

  it("refuses to write into a sheet that is not empty, and writes nothing", async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      { getItem: () => null, setItem: () => undefined }
    );
    await host.writeSheet(USER_SHEETS[1]);
    const saved = JSON.stringify(host.sheet("Budjetti 2026"));
    await expect(
      host.writeSheet(plan(), { kind: "existing", sheet: "Budjetti 2026" })
    ).rejects.toBeInstanceOf(TargetNotEmptyError);
    expect(JSON.stringify(host.sheet("Budjetti 2026"))).toBe(saved);
    expect(await host.sheetNames()).toEqual(["Sheet1", "Budjetti 2026"]);
  });
});

describe("Excel host (fake Excel) with a pre-filled workbook", () => {
  const userCells: Record<string, FakeCell> = {
    A1: { value: "Oma laskelma" },
    B1: { value: 28616 },
    A2: { formula: "=B1*2" },
    B2: { value: "=1+1", format: "@" },
  };
  const prefilled = () => {
    const m = new FakeWorkbookModel();
    m.addSheet("Taul1");
    const s = m.addSheet(L.sheetName, structuredClone(userCells));
    s.tables.push(L.tableName);
    m.tableNames.push(L.tableName);
    m.addSheet("Budjetti 2026", { A1: { value: 6500000 }, B1: { formula: "=A1*0.95" } });
    return m;
  };
  const dump = (m: FakeWorkbookModel, names: string[]) =>
    JSON.stringify(names.map((n) => [...m.sheet(n)!.cells.entries()].sort()));

  it("two wizard runs add two new sheets and change no existing cell, sheet or table", async () => {
    const m = prefilled();
    const names = m.sheets.map((s) => s.name);
    const saved = dump(m, names);
    const first = await excelWriteSheet(fakeContext(m), plan());
    const second = await excelWriteSheet(fakeContext(m), plan());
    expect([first.name, second.name]).toEqual([`${L.sheetName} (2)`, `${L.sheetName} (3)`]);
    expect(m.sheets.map((s) => s.name)).toEqual([...names, first.name, second.name]);
    expect(dump(m, names)).toBe(saved);
    expect(m.sheet(L.sheetName)!.tables).toEqual([L.tableName]);
    expect(m.tableNames).toEqual([L.tableName, `${L.tableName}_2`, `${L.tableName}_3`]);
    expect(m.active).toBe(second.name);
  });

  it("refuses to write into a sheet that is not empty, and writes nothing", async () => {
    const m = prefilled();
    const saved = dump(m, ["Budjetti 2026"]);
    await expect(
      excelWriteSheet(fakeContext(m), plan(), { kind: "existing", sheet: "Budjetti 2026" })
    ).rejects.toBeInstanceOf(TargetNotEmptyError);
    expect(dump(m, ["Budjetti 2026"])).toBe(saved);
    expect(m.pending).toEqual([]);
    expect(m.sheets).toHaveLength(3);
  });
});
