import { attrOf, xmlText } from "./xmlText";

/** A cell element of a worksheet part, as written (nothing inferred). */
export interface XmlCell {
  readonly ref: string;
  readonly row: number;
  readonly col: number;
  /** The cell type attribute `t` (s, str, inlineStr, b, e, n, d) when present. */
  readonly type?: string;
  /** The raw text of `<v>`, undecoded. */
  readonly v?: string;
  /** The text of an inline string (`<is>`), decoded. */
  readonly inline?: string;
  readonly formula?: XmlFormula;
  /** The cell-metadata index (`cm`): Excel's mark of a dynamic-array formula. */
  readonly cm?: string;
}

/** A cell's `<f>` element: its text (decoded; absent for a shared-formula child) and kind. */
export interface XmlFormula {
  readonly text?: string;
  readonly kind: "normal" | "shared" | "array" | "dataTable";
  readonly ref?: string;
  readonly si?: string;
}

export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;

/** 1-based row and column of an A1 reference ("E11" → [11, 5]). */
export function rowCol(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`"${ref}" is not a cell reference`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** The A1 name of a 1-based row and column. */
export function a1(row: number, col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

/** Parses one `<c>` element's attribute text and body. */
export function parseCell(attrs: string, body: string | undefined): XmlCell {
  const ref = attrOf(attrs, "r");
  if (!ref) throw new Error("a cell without a reference (r attribute)");
  const [row, col] = rowCol(ref);
  const type = attrOf(attrs, "t");
  const cm = attrOf(attrs, "cm");
  if (body === undefined) return { ref, row, col, type, ...(cm ? { cm } : {}) };
  const v = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body)?.[1];
  const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
  const inline = is === undefined ? undefined : richText(is);
  const f = FORMULA.exec(body);
  const formula: XmlFormula | undefined = f
    ? {
        text: f[2] === undefined ? undefined : xmlText(f[2]),
        kind: (attrOf(f[1], "t") ?? "normal") as XmlFormula["kind"],
        ref: attrOf(f[1], "ref"),
        si: attrOf(f[1], "si"),
      }
    : undefined;
  return { ref, row, col, type, v, inline, formula, ...(cm ? { cm } : {}) };
}

/** The text of a rich or plain string item (`<si>`, `<is>`): its runs, without phonetic hints. */
export function richText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)]
    .map((m) => xmlText(m[1] ?? ""))
    .join("");
}

/** Every cell element of a worksheet part, in document order. */
export function sheetCells(xml: string): XmlCell[] {
  const out: XmlCell[] = [];
  for (const m of xml.matchAll(CELL)) out.push(parseCell(m[1], m[2]));
  return out;
}
