import { OfficeMockObject } from "office-addin-mock";
import { FakeWorkbookModel, fakeContext } from "./support/fakeExcel";
import { createExcelHost, type ExcelRun, type SettingsStore } from "../../src/host/excelHost";

/** office-addin-mock models a context; `run` hands it to the batch and counts syncs. */
function hostWith(workbook: Record<string, unknown>, settings: SettingsStore = memorySettings()) {
  const mock = new OfficeMockObject({ context: { workbook } }) as unknown as {
    context: { sync(): Promise<void> };
  };
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    await sync();
  };
  const run: ExcelRun = (batch) => batch(mock.context as unknown as Excel.RequestContext);
  const created: string[] = [];
  const host = createExcelHost({
    run,
    settings,
    createWorkbook: async (b) => void created.push(b),
  });
  return { host, mock, syncs: () => syncs, created };
}

function memorySettings(fail = false): SettingsStore & { saved: Record<string, unknown> } {
  const saved: Record<string, unknown> = {};
  const pending: Record<string, unknown> = {};
  return {
    saved,
    get: (k) => saved[k] ?? pending[k],
    set: (k, v) => void (pending[k] = v),
    saveAsync: (cb) => {
      if (!fail) Object.assign(saved, pending);
      cb?.(fail ? { status: "failed", error: { message: "disk full" } } : { status: "succeeded" });
    },
  };
}

describe("createExcelHost (office-addin-mock)", () => {
  it("reads the selected range's values in one sync", async () => {
    const range = {
      values: [
        ["Alajärvi", 3950],
        ["Soini", 566],
      ],
    };
    const { host, syncs } = hostWith({
      range,
      getSelectedRange() {
        return this.range;
      },
    });
    expect(await host.readSelection()).toEqual([
      ["Alajärvi", 3950],
      ["Soini", 566],
    ]);
    expect(syncs()).toBe(1);
  });

  it("lists sheet names (hand-written fake: office-addin-mock cannot load 'items/name')", async () => {
    const model = new FakeWorkbookModel();
    model.addSheet("Sheet1");
    model.addSheet("Plan");
    const host = createExcelHost({
      run: (b) => b(fakeContext(model)),
      settings: memorySettings(),
      createWorkbook: async () => {},
    });
    expect(await host.sheetNames()).toEqual(["Sheet1", "Plan"]);
    expect(model.syncs).toBe(1);
  });

  it("updates a sheet it wrote in one Excel.run, and refuses once a cell it owns was edited", async () => {
    const model = new FakeWorkbookModel();
    let runs = 0;
    const host = createExcelHost({
      run: (b) => (runs++, b(fakeContext(model))),
      settings: memorySettings(),
      createWorkbook: async () => {},
    });
    const cell = (value: number) => ({ kind: "number", value }) as const;
    const spec = (value: number) => ({
      name: "Plan",
      cells: [[cell(value)]],
      tables: [],
      charts: [],
    });
    const { name } = await host.writeSheet(spec(1));
    const updated = await host.updateSheet(name, spec(1), spec(2));
    expect(updated.ok && model.sheet(name)!.cells.get("A1")?.value).toBe(2);
    model.sheet(name)!.cells.set("A1", { value: 3 }); // the user types over it
    expect(await host.updateSheet(name, spec(2), spec(4))).toEqual({
      ok: false,
      cell: "A1",
      reason: "edited",
    });
    expect(runs).toBe(3);
  });

  it("inserts a template's worksheets from base64 and returns their names", async () => {
    const inserted: string[] = [];
    const { host } = hostWith({
      insertWorksheetsFromBase64(b: string) {
        inserted.push(b);
        return { value: ["Ohjeet", "Alue"] };
      },
    });
    expect(await host.insertTemplate("UEsDBA==")).toEqual(["Ohjeet", "Alue"]);
    expect(inserted).toEqual(["UEsDBA=="]);
  });

  it("opens a template as a new workbook", async () => {
    const { host, created } = hostWith({});
    await host.openAsNewWorkbook("UEsDBA==");
    expect(created).toEqual(["UEsDBA=="]);
  });

  it("saves the wizard state with the workbook and reads it back", async () => {
    const settings = memorySettings();
    const { host } = hostWith({}, settings);
    expect(await host.loadState("wizard")).toBeNull();
    await host.saveState("wizard", '{"step":2}');
    expect(settings.saved.wizard).toBe('{"step":2}');
    expect(await host.loadState("wizard")).toBe('{"step":2}');
  });

  it("rejects when the workbook settings cannot be saved, so the pane can say so", async () => {
    const { host } = hostWith({}, memorySettings(true));
    await expect(host.saveState("wizard", "{}")).rejects.toThrow("disk full");
  });
});
