import JSZip from "jszip";
import { fromFileFormula, parseCell, parseRange } from "../../core";
import type { CellSpec, SheetSpec } from "../../host/SheetSpec";

/*
 * For the standalone preview only: turns a built template (.xlsx) into the host-neutral
 * sheets the in-memory host can write (values, text, live formulas; spilled cells left for
 * the engine to fill). Styles and charts stay behind — Excel inserts the real file.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const xml = async (zip: JSZip, name: string): Promise<Document> => {
  const file = zip.file(name);
  if (!file) throw new Error(`the template has no ${name}`);
  return new DOMParser().parseFromString(await file.async("string"), "application/xml");
};
const all = (doc: Document | Element, tag: string): Element[] =>
  Array.from(doc.getElementsByTagNameNS(MAIN, tag));
const child = (el: Element, tag: string): Element | undefined => all(el, tag)[0];

function cellSpec(c: Element, shared: readonly string[], spilled: Set<string>): CellSpec {
  const f = child(c, "f");
  const v = child(c, "v")?.textContent ?? "";
  if (f) {
    const range = f.getAttribute("ref");
    if (f.getAttribute("t") === "array" && range) {
      const a = parseRange(range);
      for (let r = a.top; r <= a.bottom; r++)
        for (let k = a.left; k <= a.right; k++)
          if (r !== a.top || k !== a.left) spilled.add(`${r}:${k}`);
    }
    const formula = `=${fromFileFormula(f.textContent ?? "")}`;
    return { kind: "formula", formula, style: "result" };
  }
  const t = c.getAttribute("t");
  if (t === "s") return { kind: "text", text: shared[Number(v)] ?? "" };
  if (t === "inlineStr") return { kind: "text", text: child(c, "t")?.textContent ?? "" };
  if (t === "str") return { kind: "text", text: v };
  if (t === "b") return { kind: "boolean", value: v === "1" };
  return v === "" ? null : { kind: "number", value: Number(v) };
}

/** Reads every sheet of an .xlsx (base64) as host-neutral sheet specs, in workbook order. */
export async function templateToSheets(base64: string): Promise<SheetSpec[]> {
  const zip = await JSZip.loadAsync(base64, { base64: true });
  const shared = zip.file("xl/sharedStrings.xml")
    ? all(await xml(zip, "xl/sharedStrings.xml"), "si").map((si) =>
        all(si, "t")
          .map((t) => t.textContent)
          .join("")
      )
    : [];
  const rels = await xml(zip, "xl/_rels/workbook.xml.rels");
  const target = new Map(
    Array.from(rels.getElementsByTagName("Relationship")).map((r) => [
      r.getAttribute("Id"),
      r.getAttribute("Target"),
    ])
  );
  const sheets: SheetSpec[] = [];
  for (const s of all(await xml(zip, "xl/workbook.xml"), "sheet")) {
    const path = `xl/${String(target.get(s.getAttributeNS(REL, "id"))).replace(/^\/?xl\//, "")}`;
    const cells: CellSpec[][] = [];
    const spilled = new Set<string>();
    for (const c of all(await xml(zip, path), "c")) {
      const { row: r, col: k } = parseCell(c.getAttribute("r")!);
      while (cells.length <= r) cells.push([]);
      cells[r][k] = cellSpec(c, shared, spilled);
    }
    for (const key of spilled) {
      const [r, k] = key.split(":").map(Number);
      if (cells[r]) cells[r][k] = { kind: "blank", style: "result" };
    }
    const widths: number[] = [];
    for (const col of all(await xml(zip, path), "col")) {
      for (let i = Number(col.getAttribute("min")); i <= Number(col.getAttribute("max")); i++)
        widths[i - 1] = Number(col.getAttribute("width"));
    }
    sheets.push({
      name: s.getAttribute("name")!,
      cells: cells.map((row) => Array.from(row, (x) => x ?? null)),
      tables: [],
      charts: [],
      columnWidths: Array.from(widths, (w) => w ?? 9),
    });
  }
  return sheets;
}
