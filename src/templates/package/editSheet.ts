import { a1, CELL, rowCol } from "./sheetCells";
import { attrOf } from "./xmlText";
import { xmlEscape } from "./opc";

/** A value as a workbook caches it: number, text, boolean, blank or an Excel error code. */
export type StoredValue = number | string | boolean | null | { readonly error: string };

/** What to change in one cell: its cached value and, for a formula's anchor, its array range. */
export interface CellEdit {
  readonly value: StoredValue;
  /** The new `ref` of the cell's array formula (a dynamic array's spill range). */
  readonly arrayRef?: string;
}

/** Edits keyed by row, then column (1-based). */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

const typed = (v: StoredValue): [string | undefined, string] => {
  if (v === null) return [undefined, ""];
  if (typeof v === "number") return [undefined, `<v>${Object.is(v, -0) ? 0 : v}</v>`];
  if (typeof v === "boolean") return ["b", `<v>${v ? 1 : 0}</v>`];
  if (typeof v === "string") return ["str", `<v>${xmlEscape(v)}</v>`];
  return ["e", `<v>${xmlEscape(v.error)}</v>`];
};

const F = /<f\b([^>]*?)(\/>|>[\s\S]*?<\/f>)/;

function editedCell(attrs: string, body: string, edit: CellEdit): string {
  const [t, v] = typed(edit.value);
  let a = attrs.replace(/\s+t="[^"]*"/, "");
  if (t) a += ` t="${t}"`;
  let f = F.exec(body)?.[0] ?? "";
  if (f && edit.arrayRef) {
    const [, fa, rest] = F.exec(f)!;
    const next =
      attrOf(fa, "ref") !== undefined
        ? fa.replace(/(\s)ref="[^"]*"/, `$1ref="${edit.arrayRef}"`)
        : `${fa} t="array" ref="${edit.arrayRef}"`;
    f = `<f${next}${rest}`;
  }
  const rest = body
    .replace(F, "")
    .replace(/<v>[\s\S]*?<\/v>|<v\/>/, "")
    .replace(/<is>[\s\S]*?<\/is>/, "");
  const inner = f + v + rest;
  return inner ? `<c${a}>${inner}</c>` : `<c${a}/>`;
}

const newCell = (row: number, col: number, edit: CellEdit) =>
  editedCell(` r="${a1(row, col)}"`, "", edit);

/** One row's cells with the edits applied; cells the row lacks are added in column order. */
function editRow(row: number, cellsXml: string, edits: Map<number, CellEdit>): string {
  const pending = new Map(edits);
  let out = "";
  let last = 0;
  for (const m of cellsXml.matchAll(CELL)) {
    const col = rowCol(attrOf(m[1], "r")!)[1];
    const before = [...pending.keys()].filter((c) => c < col).sort((x, y) => x - y);
    out += cellsXml.slice(last, m.index);
    for (const c of before) ((out += newCell(row, c, pending.get(c)!)), pending.delete(c));
    const edit = pending.get(col);
    out += edit ? editedCell(m[1], m[2] ?? "", edit) : m[0];
    pending.delete(col);
    last = m.index! + m[0].length;
  }
  out += cellsXml.slice(last);
  for (const c of [...pending.keys()].sort((x, y) => x - y))
    out += newCell(row, c, pending.get(c)!);
  return out;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Applies cell edits to a worksheet part and changes nothing else: untouched cells, rows and
 * every element outside `<sheetData>` keep their bytes. A cell keeps its style and formula;
 * its type and `<v>` follow the new value (text as `t="str"`, a formula result; blank removes
 * the value). Missing cells and rows are inserted in order.
 */
export function editSheet(xml: string, edits: SheetEdits): string {
  if (edits.size === 0) return xml;
  const open = xml.indexOf("<sheetData");
  const close = xml.indexOf("</sheetData>");
  if (open < 0) throw new Error("worksheet part has no sheetData");
  const selfClosed = close < 0;
  const start = xml.indexOf(">", open) + 1;
  const data = selfClosed ? "" : xml.slice(start, close);
  const pending = new Map(edits);
  let out = "";
  let last = 0;
  const fresh = (r: number) => `<row r="${r}">${editRow(r, "", pending.get(r)!)}</row>`;
  for (const m of data.matchAll(ROW)) {
    const r = Number(attrOf(m[1], "r"));
    out += data.slice(last, m.index);
    for (const b of [...pending.keys()].filter((x) => x < r).sort((x, y) => x - y))
      ((out += fresh(b)), pending.delete(b));
    const e = pending.get(r);
    out += e ? `<row${m[1]}>${editRow(r, m[2] ?? "", e)}</row>` : m[0];
    pending.delete(r);
    last = m.index! + m[0].length;
  }
  out += data.slice(last);
  for (const r of [...pending.keys()].sort((x, y) => x - y)) out += fresh(r);
  if (selfClosed) {
    const end = xml.indexOf(">", open) + 1;
    return `${xml.slice(0, open)}<sheetData>${out}</sheetData>${xml.slice(end)}`;
  }
  return xml.slice(0, start) + out + xml.slice(close);
}
