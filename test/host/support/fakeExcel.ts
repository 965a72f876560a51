/**
 * A hand-written fake of the slice of Office.js the Excel host uses: worksheet and table
 * collections, ranges, charts, dynamic-array spills. Like Excel, it queues writes and
 * applies them at `sync()`, refuses to read a property that was not loaded and synced,
 * turns a string starting with "=" into a formula and a numeric string ("005", "1e5") into
 * a number unless the cell's format is text ("@"), clears a spill when its anchor stops
 * being a formula, blocks it (#SPILL!) when one of its cells is written, and counts `sync()`.
 */
import { cellAddress, quoteSheet } from "../../../src/core";
import { blockSpills, cellsOf, dropSpill, NUMERIC } from "./fakeSpill";

export interface FakeCell {
  value?: unknown;
  formula?: string;
  format?: string;
  /** On a dynamic-array anchor: the spill range including the anchor, e.g. `A5:A7`. */
  spill?: string;
}
export type Sheet = {
  name: string;
  cells: Map<string, FakeCell>;
  tables: string[];
  charts: { type: string; series: string[]; title: string }[];
  /** The used range's address; A1:Z400 when not set. */
  usedRange?: string;
};

export class FakeWorkbookModel {
  sheets: Sheet[] = [];
  tableNames: string[] = [];
  active = "";
  syncs = 0;
  pending: (() => void)[] = [];
  addSheet(name: string, cells: Record<string, FakeCell> = {}): Sheet {
    const sheet: Sheet = { name, cells: new Map(Object.entries(cells)), tables: [], charts: [] };
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

function loadable<T extends object>(target: T, loaded: Set<string>): T {
  return new Proxy(target, {
    get(t, p, r) {
      if (typeof p === "string" && p.startsWith("$")) return Reflect.get(t, p.slice(1), r);
      if (typeof p === "string" && (t as { $lazy?: string[] }).$lazy?.includes(p) && !loaded.has(p))
        throw new Error(`PropertyNotLoaded: ${p}`);
      return Reflect.get(t, p, r);
    },
  });
}

function fakeRange(
  m: FakeWorkbookModel,
  getSheet: () => Sheet | undefined,
  addr: string,
  isNullObject = false
) {
  const loaded = new Set<string>();
  const grid = cellsOf(addr);
  const cell = (r: number, c: number) => {
    const s = getSheet()!;
    const key = cellAddress(r, c);
    if (!s.cells.has(key)) s.cells.set(key, {});
    return s.cells.get(key)!;
  };
  const write = (kind: "numberFormat" | "values" | "formulas", matrix: unknown[][]) =>
    m.pending.push(() => {
      const anchors = [...getSheet()!.cells.values()].filter((x) => x.spill);
      grid.forEach((row, i) =>
        row.forEach(([r, c], j) => {
          const v = matrix[i][j];
          if (v === null) return;
          const target = cell(r, c);
          if (kind === "numberFormat") return void (target.format = v as string);
          if (target.spill) dropSpill(getSheet()!, target);
          else blockSpills(getSheet()!, anchors, r, c, target);
          if (typeof v === "string" && v.startsWith("=") && target.format !== "@") {
            target.formula = v;
            delete target.value;
          } else {
            target.value =
              typeof v === "string" && target.format !== "@" && NUMERIC.test(v) ? Number(v) : v;
            delete target.formula;
          }
        })
      );
    });
  const read = (f: (c: FakeCell) => unknown) =>
    grid.map((row) => row.map(([r, c]) => f(getSheet()?.cells.get(cellAddress(r, c)) ?? {})));
  const top = grid[0][0];
  const sheetName = () => getSheet()?.name ?? "";
  const target = {
    $lazy: ["address", "values", "formulas", "valueTypes", "numberFormat"],
    isNullObject,
    get address() {
      return `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName()) ? sheetName() : quoteSheet(sheetName())}!${addr}`;
    },
    getCell: (r: number, c: number) => fakeRange(m, getSheet, cellAddress(top[0] + r, top[1] + c)),
    getSpillingToRangeOrNullObject() {
      const spill = getSheet()?.cells.get(cellAddress(top[0], top[1]))?.spill;
      return fakeRange(m, getSheet, spill ?? addr, !spill);
    },
    format: { fill: {}, font: {}, columnWidth: 0 },
    load(props: string | string[]) {
      m.pending.push(() => [props].flat().forEach((p) => loaded.add(p)));
    },
    set numberFormat(v: string[][]) {
      write("numberFormat", v);
    },
    get numberFormat() {
      return read((c) => c.format ?? "General") as string[][];
    },
    set values(v: unknown[][]) {
      write("values", v);
    },
    get values() {
      return read((c) => c.value ?? (c.formula ? 0 : ""));
    },
    set formulas(v: unknown[][]) {
      write("formulas", v);
    },
    get formulas() {
      return read((c) => c.formula ?? c.value ?? "");
    },
    get valueTypes() {
      return read((c) =>
        c.formula?.includes("#ERR")
          ? "Error"
          : c.formula || c.value !== undefined
            ? "Double"
            : "Empty"
      );
    },
  };
  return loadable(target, loaded);
}

function fakeSheet(m: FakeWorkbookModel, name: string, isNull = false) {
  const get = () => m.sheet(name);
  return {
    name,
    isNullObject: isNull,
    getRange: (addr: string) => fakeRange(m, get, addr),
    getRangeByIndexes: (r: number, c: number, h: number, w: number) =>
      fakeRange(m, get, `${cellAddress(r, c)}:${cellAddress(r + h - 1, c + w - 1)}`),
    getUsedRangeOrNullObject: () => fakeRange(m, get, get()?.usedRange ?? "A1:Z400"),
    activate: () => m.pending.push(() => (m.active = name)),
    tables: {
      add(range: unknown, hasHeaders: boolean) {
        const table = { name: "", hasHeaders };
        m.pending.push(() => {
          m.tableNames.push(table.name);
          get()!.tables.push(table.name);
        });
        return table;
      },
    },
    charts: {
      add(type: string) {
        const series: { name: string }[] = [{ name: "" }];
        const seriesApi = (s: { name: string }) =>
          Object.assign(s, { setValues: () => undefined, setXAxisValues: () => undefined });
        const chart = {
          title: { text: "" },
          setPosition: () => undefined,
          series: {
            getItemAt: (i: number) => seriesApi(series[i]),
            add: (name: string) => seriesApi(series[series.push({ name }) - 1]),
          },
        };
        m.pending.push(() =>
          get()!.charts.push({ type, series: series.map((s) => s.name), title: chart.title.text })
        );
        return chart;
      },
    },
  };
}

/** A fake `Excel.RequestContext` over `m`. */
export function fakeContext(m: FakeWorkbookModel): Excel.RequestContext {
  const collection = (items: () => { name: string }[]) => {
    const loaded = new Set<string>();
    return loadable(
      {
        $lazy: ["items"],
        get items() {
          return items();
        },
        load: () => m.pending.push(() => loaded.add("items")),
      },
      loaded
    );
  };
  const worksheets = Object.assign(
    collection(() => m.sheets.map((s) => ({ name: s.name }))),
    {
      add(name: string) {
        m.pending.push(() => void m.addSheet(name));
        return fakeSheet(m, name);
      },
      getItem: (name: string) => fakeSheet(m, name),
      getItemOrNullObject: (name: string) => fakeSheet(m, name, !m.sheet(name)),
    }
  );
  const tables = collection(() => m.tableNames.map((name) => ({ name })));
  const ctx = {
    workbook: { worksheets, tables },
    async sync() {
      m.syncs++;
      m.pending.splice(0).forEach((op) => op());
    },
  };
  return ctx as unknown as Excel.RequestContext;
}
