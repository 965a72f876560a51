import { XMLValidator } from "fast-xml-parser";
import type { CellInput } from "../engine";
import { a1, rowCol, sheetCells, richText, type XmlCell } from "../templates/package/sheetCells";
import { cachedValue } from "./cachedValue";
import { engineInput, type CachedValue } from "./cellValues";
import { sheetList } from "./sheetList";
import { CliError } from "./cliError";
import { openPackage, type OpenedPackage } from "./openPackage";
import { shiftFormula } from "./shiftFormula";
import { checkFormula } from "./formulaLimits";
import { definedNames, refuseDefinedNames } from "./definedNames";

/** A formula cell as found in the file. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly cached: CachedValue;
  /** The range of an array formula (a dynamic array's spill range), e.g. "C1:C5". */
  readonly arrayRef?: string;
  /** An array formula Excel marks as dynamic (`cm`): it spills; without the mark it is a legacy
   * Ctrl+Shift+Enter array of fixed size. */
  readonly dynamic?: boolean;
}

/** A workbook read for recalculation. */
export interface LoadedWorkbook {
  readonly pkg: OpenedPackage;
  /** Worksheet name → its part in the package ("xl/worksheets/sheet2.xml"). */
  readonly parts: ReadonlyMap<string, string>;
  readonly sheets: Record<string, CellInput[][]>;
  readonly formulas: FormulaCell[];
  /** The value the file caches at a cell (1-based row/col). */
  cachedAt(sheet: string, row: number, col: number): CachedValue;
  /** Whether the file has anything at a cell: a value or a formula. */
  occupied(sheet: string, row: number, col: number): boolean;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
/**
 * Reads a workbook package without a spreadsheet library: each sheet's constants, formulas
 * (shared formulas expanded, Excel's `_xldudf_TYOALUE_X(` form kept for the engine), cached
 * results and array ranges. A missing, foreign, oversized or corrupt file is a `CliError`.
 */
export function readWorkbook(path: string): LoadedWorkbook {
  const pkg = openPackage(path);
  const list = sheetList(pkg);
  if (list.length === 0) throw new CliError("workbook.noWorksheets", { path });
  const sst = pkg.text("xl/sharedStrings.xml") ?? "";
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    richText(m[1] ?? "")
  );
  const sheets: Record<string, CellInput[][]> = {};
  const formulas: FormulaCell[] = [];
  const cached = new Map<string, CachedValue>();
  for (const [name, part] of list) {
    const xml = pkg.text(part);
    if (xml === undefined) throw new CliError("workbook.missingPart", { path, part });
    let cells: XmlCell[];
    try {
      const valid = XMLValidator.validate(xml);
      if (valid !== true) throw new Error(`${part} line ${valid.err.line}: ${valid.err.msg}`);
      cells = sheetCells(xml);
    } catch (e) {
      throw new CliError("workbook.damagedSheet", {
        path,
        sheet: name,
        detail: oneLine((e as Error).message),
      });
    }
    const grid: CellInput[][] = [];
    const masters = new Map<string, XmlCell>();
    const spilled: [number, number][] = [];
    for (const c of cells) {
      const value = cachedValue(c, strings);
      cached.set(`${name}!${c.row}:${c.col}`, value);
      if (!c.formula) {
        (grid[c.row - 1] ??= [])[c.col - 1] = engineInput(value);
        continue;
      }
      let text = c.formula.text;
      if (c.formula.kind === "shared" && c.formula.si !== undefined) {
        const master = masters.get(c.formula.si);
        if (text !== undefined) masters.set(c.formula.si, c);
        else if (master?.formula?.text !== undefined)
          text = shiftFormula(master.formula.text, c.row - master.row, c.col - master.col);
      }
      if (text === undefined) continue;
      checkFormula(name, c.ref, text);
      const arrayRef = c.formula.kind === "array" ? c.formula.ref : undefined;
      if (arrayRef) {
        const [from, to = from] = arrayRef.split(":").map(rowCol);
        for (let r = from[0]; r <= to[0]; r++)
          for (let k = from[1]; k <= to[1]; k++)
            if (r !== c.row || k !== c.col) spilled.push([r, k]);
      }
      (grid[c.row - 1] ??= [])[c.col - 1] = `=${text}`;
      formulas.push({
        sheet: name,
        address: a1(c.row, c.col),
        row: c.row,
        col: c.col,
        formula: text,
        cached: value,
        ...(arrayRef ? { arrayRef, dynamic: c.cm !== undefined } : {}),
      });
    }
    for (const [r, k] of spilled) if (grid[r - 1]) grid[r - 1][k - 1] = null;
    sheets[name] = Array.from({ length: grid.length }, (_, i) =>
      Array.from(grid[i] ?? [], (x) => x ?? null)
    );
  }
  refuseDefinedNames(definedNames(pkg.text("xl/workbook.xml") ?? ""), formulas);
  const at = (s: string, r: number, c: number) => cached.get(`${s}!${r}:${c}`);
  const formulaAt = new Set(formulas.map((f) => `${f.sheet}!${f.row}:${f.col}`));
  return {
    pkg,
    parts: new Map(list),
    sheets,
    formulas,
    cachedAt: (s, r, c) => at(s, r, c) ?? null,
    occupied: (s, r, c) => {
      const v = at(s, r, c);
      return (v !== undefined && v !== null && v !== "") || formulaAt.has(`${s}!${r}:${c}`);
    },
  };
}
