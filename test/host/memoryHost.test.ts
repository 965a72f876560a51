import { engineEvaluate } from "../../src/host/engineEvaluate";
import { createMemoryHost } from "../../src/host/memoryHost";
import type { SheetSpec } from "../../src/host/SheetSpec";
import { TargetNotEmptyError } from "../../src/host/WorkbookHost";

const store = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};
const host = () =>
  createMemoryHost(
    engineEvaluate(() => "en"),
    store()
  );

const spec: SheetSpec = {
  name: "Plan",
  cells: [
    [
      { kind: "text", text: "=1+1" },
      { kind: "text", text: "005" },
      { kind: "number", value: 28616 },
    ],
    [
      { kind: "formula", formula: "=TYOALUE.MEETSMINIMUM(C1)" },
      { kind: "formula", formula: "=TYOALUE.SHORTFALL(C1,30000)" },
      null,
    ],
  ],
  tables: [{ name: "Members", range: "A1:C2" }],
  charts: [],
};

describe("createMemoryHost (engine-backed)", () => {
  it("keeps text as text (a name starting with '=' and a code with leading zeros) and computes formulas", async () => {
    const h = host();
    const written = await h.writeSheet(spec);
    // 28 616 ≥ 20 000 → TRUE; 30 000 − 28 616 = 1 384 short.
    expect(await h.readSheet(written.name)).toEqual([
      ["=1+1", "005", 28616],
      [true, 1384],
    ]);
    expect(written.errorCells).toEqual([]);
  });

  it("creates a uniquely named sheet beside the first on a second run, with a unique table name", async () => {
    const h = host();
    const a = await h.writeSheet(spec);
    const b = await h.writeSheet(spec);
    expect([a.name, b.name]).toEqual(["Plan", "Plan (2)"]);
    expect(await h.sheetNames()).toEqual(["Sheet1", "Plan", "Plan (2)"]);
    expect(h.sheet("Plan (2)")!.tables[0].name).toBe("Members_2");
    expect(h.active()).toBe("Plan (2)");
  });

  it("refuses to write over a non-empty cell of an existing sheet and changes nothing", async () => {
    const h = host();
    await h.writeSheet({
      ...spec,
      name: "Data",
      cells: [
        [null, null, null],
        [null, { kind: "number", value: 1 }],
      ],
      tables: [],
    });
    await expect(h.writeSheet(spec, { kind: "existing", sheet: "Data" })).rejects.toEqual(
      new TargetNotEmptyError("Data", "B2")
    );
    expect(await h.readSheet("Data")).toEqual([[], [null, 1]]); // the engine trims trailing blanks
  });

  it("reports formulas that evaluate to an error, with the engine's message", async () => {
    const h = host();
    const bad: SheetSpec = {
      name: "Bad",
      cells: [
        [
          { kind: "text", text: "x" },
          { kind: "formula", formula: "=TYOALUE.LABOURFORCE(A1)" },
        ],
      ],
      tables: [],
      charts: [],
    };
    const written = await h.writeSheet(bad);
    expect(written.errorCells).toEqual(["B1"]);
    const [[, v]] = await h.readSheet("Bad");
    expect(v).toMatchObject({ error: "#VALUE!" });
  });

  it("snapshots formulas to their values", async () => {
    const h = host();
    await h.writeSheet(spec);
    expect(await h.snapshotToValues("Plan")).toBe(2);
    expect(h.sheet("Plan")!.cells[1][0]).toEqual({ kind: "boolean", value: true });
  });

  it("snapshots only the add-in's formulas and their spills; other formulas and text stay", async () => {
    const h = host();
    const count = { kind: "blank", format: "#,##0" } as const;
    await h.writeSheet({
      name: "Snap",
      cells: [
        [
          { kind: "text", text: "=1+1" },
          { kind: "text", text: "005" },
          { kind: "number", value: 28616 },
        ],
        [
          { kind: "formula", formula: "=TYOALUE.PROJECTLABOURFORCE(C1,-0.014,2)", format: "#,##0" },
          { kind: "formula", formula: "=SUM(C1,1)" },
          { kind: "formula", formula: '=tyoalue.municipality("Alajärvi","code")' },
        ],
        [count],
        [count],
      ],
      tables: [],
      charts: [],
    });
    expect(await h.snapshotToValues("Snap")).toBe(2);
    const cells = h.sheet("Snap")!.cells;
    // 28 616 declining 1.4 % a year (Kymppi area plan, domain.md): 28 616 × 0.986 = 28 215.376,
    // 28 215.376 × 0.986 = 27 820.360736; the spill keeps the blank cells' format.
    expect(cells[1][0]).toEqual({ kind: "number", value: 28616, format: "#,##0" });
    expect(cells[2][0]).toMatchObject({ kind: "number", format: "#,##0" });
    expect((cells[2][0] as { value: number }).value).toBeCloseTo(28215.376, 9);
    expect((cells[3][0] as { value: number }).value).toBeCloseTo(27820.360736, 9);
    expect(cells[1][1]).toEqual({ kind: "formula", formula: "=SUM(C1,1)" });
    expect(cells[1][2]).toEqual({ kind: "text", text: "005" }); // Alajärvi's code, as text
    expect(cells[0].slice(0, 2)).toEqual([
      { kind: "text", text: "=1+1" },
      { kind: "text", text: "005" },
    ]);
    const [first, second] = await h.readSheet("Snap");
    expect([first, second.slice(1)]).toEqual([
      ["=1+1", "005", 28616],
      [28617, "005"],
    ]); // 28 616 + 1
  });

  it("leaves a sheet without add-in formulas as it is", async () => {
    const h = host();
    await h.writeSheet({
      name: "Own",
      cells: [
        [
          { kind: "number", value: 2 },
          { kind: "formula", formula: "=A1*2" },
        ],
      ],
      tables: [],
      charts: [],
    });
    expect(await h.snapshotToValues("Own")).toBe(0);
    expect(h.sheet("Own")!.cells[0][1]).toEqual({ kind: "formula", formula: "=A1*2" });
  });

  it("stores the wizard state", async () => {
    const h = host();
    await h.saveState("k", "{}");
    expect(await h.loadState("k")).toBe("{}");
    expect(await h.loadState("other")).toBeNull();
  });
});
