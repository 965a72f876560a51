/** Reads back what a written .xlsx holds: every cell's constant or formula, via exceljs and the raw XML. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface ReadCell {
  readonly sheet: string;
  readonly address: string;
  /** The formula text when the cell is a formula, else undefined. */
  readonly formula?: string;
  /** The constant (or the cached result of a formula). */
  readonly value: unknown;
}

/** Every non-empty cell of every worksheet. */
export async function readCells(bytes: Buffer): Promise<ReadCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: ReadCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as {
          formula?: string;
          sharedFormula?: string;
          result?: unknown;
          richText?: { text: string }[];
        } | null;
        const formula =
          typeof v === "object" && v !== null ? (v.formula ?? v.sharedFormula) : undefined;
        const value =
          formula !== undefined
            ? v?.result
            : v?.richText
              ? v.richText.map((t) => t.text).join("")
              : cell.value;
        out.push({
          sheet: ws.name,
          address: cell.address,
          ...(formula !== undefined ? { formula } : {}),
          value,
        });
      })
    )
  );
  return out;
}

/** The text of every `<f>` element in every worksheet part (raw, XML-escaped). */
export async function rawFormulas(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  const out: string[] = [];
  for (const p of parts)
    for (const m of (await zip.file(p)!.async("string")).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g))
      out.push(m[1]);
  return out;
}
