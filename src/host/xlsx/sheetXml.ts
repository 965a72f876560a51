/**
 * The worksheet part of an exported sheet: every cell as the preview holds it, formulas
 * with the value the engine computed for them cached beside, so a reader that does not
 * calculate (or lacks the add-in) still shows the preview's figures. Formulas are stored as
 * Excel stores them (`_xldudf_TYOALUE_…`); one that spilled, or that calls the add-in, is a
 * dynamic array over its spill range (`cm="1"`, `<f t="array" ref>`), as Excel saves it, and
 * the cells it spilled into carry their values cached.
 */
import { callsAddin, cellAddress, toFileFormula } from "../../core";
import type { CellSpec } from "../SheetSpec";
import type { CellValue } from "../WorkbookHost";
import { spillRanges } from "./spillRanges";
import type { StyleTable } from "./styles";
import { esc, MAIN_NS, XML_HEAD } from "./xml";

/** One cell's `<c>` element, or "" when it holds nothing at all. */
function cellXml(
  ref: string,
  cell: CellSpec,
  value: CellValue,
  styles: StyleTable,
  spill: string | undefined
): string {
  const s = styles.index(
    cell?.kind === "text" ? "@" : cell && "format" in cell ? (cell.format ?? "General") : "General",
    cell?.style
  );
  const dynamic = cell?.kind === "formula" && (spill !== undefined || callsAddin(cell.formula));
  const attrs = `r="${ref}"${s ? ` s="${s}"` : ""}${dynamic ? ' cm="1"' : ""}`;
  if (!cell || cell.kind === "blank")
    return value === null ? (s ? `<c ${attrs}/>` : "") : constant(attrs, value);
  if (cell.kind === "text")
    return `<c ${attrs} t="inlineStr"><is><t xml:space="preserve">${esc(cell.text)}</t></is></c>`;
  if (cell.kind === "number") return `<c ${attrs}><v>${cell.value}</v></c>`;
  if (cell.kind === "boolean") return `<c ${attrs} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
  const text = esc(toFileFormula(cell.formula));
  const f = dynamic ? `<f t="array" ref="${spill ?? ref}">${text}</f>` : `<f>${text}</f>`;
  if (value !== null && typeof value === "object")
    return `<c ${attrs} t="e">${f}<v>${esc(value.error)}</v></c>`;
  if (typeof value === "string") return `<c ${attrs} t="str">${f}<v>${esc(value)}</v></c>`;
  if (typeof value === "boolean") return `<c ${attrs} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  return `<c ${attrs}>${f}${value === null ? "" : `<v>${value}</v>`}</c>`;
}

function constant(attrs: string, value: Exclude<CellValue, null>): string {
  if (typeof value === "object") return `<c ${attrs} t="e"><v>${esc(value.error)}</v></c>`;
  if (typeof value === "string")
    return `<c ${attrs} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  if (typeof value === "boolean") return `<c ${attrs} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c ${attrs}><v>${value}</v></c>`;
}

/** xl/worksheets/sheet1.xml for `cells` with their computed `values`. */
export function sheetXml(
  cells: readonly (readonly CellSpec[])[],
  values: readonly (readonly CellValue[])[],
  columnWidths: readonly number[] | undefined,
  styles: StyleTable,
  /** Elements that follow the cells, e.g. `<conditionalFormatting>`. */
  after = ""
): string {
  const rows: string[] = [];
  const spills = spillRanges(cells, values);
  const height = Math.max(cells.length, values.length);
  for (let r = 0; r < height; r++) {
    const width = Math.max(cells[r]?.length ?? 0, values[r]?.length ?? 0);
    let xml = "";
    for (let c = 0; c < width; c++)
      xml += cellXml(
        cellAddress(r, c),
        cells[r]?.[c] ?? null,
        values[r]?.[c] ?? null,
        styles,
        spills.get(`${r},${c}`)
      );
    if (xml) rows.push(`<row r="${r + 1}">${xml}</row>`);
  }
  const cols = columnWidths?.length
    ? `<cols>${columnWidths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
        .join("")}</cols>`
    : "";
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${cols}<sheetData>${rows.join("")}</sheetData>${after}</worksheet>`;
}
