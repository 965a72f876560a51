import JSZip from "jszip";
import { editSheet, type SheetEdits } from "../templates/package/editSheet";
import type { CachedValue } from "./cellValues";
import type { LoadedWorkbook } from "./readWorkbook";
import type { Planned } from "./spillPlan";

const same = (a: CachedValue, b: CachedValue) =>
  a === b ||
  (a === "" && b === null) ||
  (a !== null &&
    b !== null &&
    typeof a === "object" &&
    typeof b === "object" &&
    a.error === b.error);

/** The cell edits of the plans, per worksheet part: values over each formula's whole range. */
export function editsOf(book: LoadedWorkbook, plans: readonly Planned[]): Map<string, SheetEdits> {
  const byPart = new Map<string, SheetEdits>();
  for (const p of plans) {
    const part = book.parts.get(p.computed.cell.sheet)!;
    const edits = byPart.get(part) ?? new Map();
    byPart.set(part, edits);
    p.cells.forEach((c, i) => {
      const refChanged = i === 0 && p.arrayRef !== p.computed.cell.arrayRef;
      if (!refChanged && same(c.cached, c.value)) return;
      const row = edits.get(c.row) ?? new Map();
      edits.set(c.row, row);
      row.set(
        c.col,
        i === 0 && p.arrayRef ? { value: c.value, arrayRef: p.arrayRef } : { value: c.value }
      );
    });
  }
  return byPart;
}

/**
 * Applies the edits inside the package: only the edited worksheet parts change (and within
 * them only the edited cells); every other part is carried over as it was, compressed bytes
 * included. Returns the new package bytes (the input's own bytes when nothing is stale).
 */
export async function editPackage(
  bytes: Uint8Array,
  edits: ReadonlyMap<string, SheetEdits>,
  more?: (zip: JSZip) => Promise<void>
): Promise<Buffer> {
  if (!more && [...edits.values()].every((e) => e.size === 0)) return Buffer.from(bytes); // nothing stale
  const zip = await JSZip.loadAsync(bytes);
  for (const [part, e] of edits) {
    const file = zip.file(part);
    if (!file || e.size === 0) continue;
    const xml = await file.async("string");
    const next = editSheet(xml, e);
    if (next !== xml) zip.file(part, next);
  }
  if (more) await more(zip);
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
