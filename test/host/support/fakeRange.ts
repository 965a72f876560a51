/**
 * Ranges of the fake Excel (see fakeExcel.ts): queued writes of values, formulas and number
 * formats (a matrix, or one value for every cell, as Office.js allows), reads of loaded
 * properties only, clearing, and loadable collections.
 */
import { cellAddress, quoteSheet } from "../../../src/core";
import type { FakeCell, FakeWorkbookModel, Sheet } from "./fakeExcel";
import { blockSpills, cellsOf, dropSpill, NUMERIC } from "./fakeSpill";

export function loadable<T extends object>(target: T, loaded: Set<string>): T {
  return new Proxy(target, {
    get(t, p, r) {
      if (typeof p === "string" && p.startsWith("$")) return Reflect.get(t, p.slice(1), r);
      if (typeof p === "string" && (t as { $lazy?: string[] }).$lazy?.includes(p) && !loaded.has(p))
        throw new Error(`PropertyNotLoaded: ${p}`);
      return Reflect.get(t, p, r);
    },
  });
}

export function fakeRange(
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
  // Like Office.js, a single value (not a matrix) applies to every cell of the range.
  const write = (kind: "numberFormat" | "values" | "formulas", given: unknown) =>
    m.pending.push(() => {
      const matrix = Array.isArray(given)
        ? (given as unknown[][])
        : grid.map((r) => r.map(() => given));
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
    conditionalFormats: {
      /** A custom format: its rule and look are read at `sync()`, as Excel applies them. */
      add(type: string) {
        const custom = { rule: { formula: "" }, format: { fill: { color: "" }, font: {} } };
        m.pending.push(() =>
          getSheet()!.conditionalFormats.push({
            range: addr,
            type,
            formula: custom.rule.formula,
            fill: custom.format.fill.color,
          })
        );
        return { custom };
      },
      clearAll: () =>
        m.pending.push(() => {
          const s = getSheet()!;
          s.conditionalFormats = s.conditionalFormats.filter((f) => f.range !== addr);
        }),
    },
    clear: (applyTo = "All") =>
      m.pending.push(() =>
        grid.flat().forEach(([r, c]) => {
          const key = cellAddress(r, c);
          const x = getSheet()?.cells.get(key);
          if (!x) return;
          if (applyTo !== "Contents") delete x.format;
          if (applyTo !== "Formats")
            ["value", "formula", "spill"].forEach((k) => delete x[k as "value"]);
          if (Object.keys(x).length === 0) getSheet()!.cells.delete(key);
        })
      ),
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

/** A loadable collection: `items` can be read after `load()` and a `sync()`. */
export function collection<T>(m: FakeWorkbookModel, items: () => T[]) {
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
}
