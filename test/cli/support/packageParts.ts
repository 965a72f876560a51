import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { editSheet, type StoredValue } from "../../../src/templates/package/editSheet";
import { rowCol } from "../../../src/templates/package/sheetCells";

/** Every part of a package, uncompressed. */
export async function packageParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir))
    out.set(name, await zip.files[name].async("nodebuffer"));
  return out;
}

/** Writes a copy of a workbook with some input cells of one worksheet part changed ("B6" → 1). */
export async function withInputs(
  input: string,
  output: string,
  part: string,
  values: Record<string, StoredValue>
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  const edits = new Map<number, Map<number, { value: StoredValue }>>();
  for (const [ref, value] of Object.entries(values)) {
    const [r, c] = rowCol(ref);
    edits.set(r, (edits.get(r) ?? new Map()).set(c, { value }));
  }
  zip.file(part, editSheet(await zip.file(part)!.async("string"), edits));
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * A worksheet part with what `calc --out` may change taken out: each cell's type and cached
 * value (`t`, `<v>`, `<is>`) and its array formula's range (`ref`). Cells left with nothing
 * (no style, no formula) and rows left empty are dropped, so cells a spill added or cleared
 * compare equal too. Everything else must be the same bytes.
 */
export function withoutCachedValues(xml: string): string {
  return xml
    .replace(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g, (_w, attrs: string, body = "") => {
      const a = attrs.replace(/\s+t="[^"]*"/, "");
      const b = (body as string)
        .replace(/<v>[\s\S]*?<\/v>|<v\/>|<is>[\s\S]*?<\/is>/g, "")
        .replace(/(<f\b[^>]*?)\s+ref="[^"]*"/, "$1");
      if (!b && !/\ss="/.test(a)) return "";
      return b ? `<c${a}>${b}</c>` : `<c${a}/>`;
    })
    .replace(/<row r="\d+"><\/row>/g, "");
}
