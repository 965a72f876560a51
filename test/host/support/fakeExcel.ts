/**
 * A hand-written fake of the slice of Office.js the Excel host uses: worksheet and table
 * collections, ranges, charts, dynamic-array spills. Like Excel, it queues writes and
 * applies them at `sync()`, refuses to read a property that was not loaded and synced,
 * turns a string starting with "=" into a formula and a numeric string ("005", "1e5") into
 * a number unless the cell's format is text ("@"), clears a spill when its anchor stops
 * being a formula, blocks it (#SPILL!) when one of its cells is written, and counts `sync()`.
 */
import { cellAddress } from "../../../src/core";
import { collection, fakeRange } from "./fakeRange";

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
  /** Conditional formats by range (only whole-range `clearAll` is modelled). */
  conditionalFormats: { range: string; type: string; formula: string; fill: string }[];
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
    const sheet: Sheet = {
      name,
      cells: new Map(Object.entries(cells)),
      tables: [],
      charts: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
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
    tables: Object.assign(
      collection(m, () =>
        (get()?.tables ?? []).map((name) => ({
          name,
          convertToRange: () =>
            m.pending.push(() => {
              m.tableNames = m.tableNames.filter((n) => n !== name);
              get()!.tables = get()!.tables.filter((n) => n !== name);
            }),
        }))
      ),
      {
        add(range: unknown, hasHeaders: boolean) {
          const table = { name: "", hasHeaders };
          m.pending.push(() => {
            m.tableNames.push(table.name);
            get()!.tables.push(table.name);
          });
          return table;
        },
      }
    ),
    charts: Object.assign(
      collection(m, () =>
        (get()?.charts ?? []).map((chart) => ({
          title: { text: chart.title },
          delete: () =>
            m.pending.push(() => (get()!.charts = get()!.charts.filter((c) => c !== chart))),
        }))
      ),
      {
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
      }
    ),
  };
}

/** A fake `Excel.RequestContext` over `m`. */
export function fakeContext(m: FakeWorkbookModel): Excel.RequestContext {
  const worksheets = Object.assign(
    collection(m, () => m.sheets.map((s) => ({ name: s.name }))),
    {
      add(name: string) {
        m.pending.push(() => void m.addSheet(name));
        return fakeSheet(m, name);
      },
      getItem: (name: string) => fakeSheet(m, name),
      getItemOrNullObject: (name: string) => fakeSheet(m, name, !m.sheet(name)),
    }
  );
  const tables = collection(m, () => m.tableNames.map((name) => ({ name })));
  const ctx = {
    workbook: { worksheets, tables },
    async sync() {
      m.syncs++;
      m.pending.splice(0).forEach((op) => op());
    },
  };
  return ctx as unknown as Excel.RequestContext;
}
