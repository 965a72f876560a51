/**
 * Which cells a sheet written from a SheetSpec still owns, host-neutrally. A cell is as the
 * wizard wrote it when its content (text, number, boolean or formula, compared the way
 * Excel reports `formulas`) equals the spec's; blank cells (formats, spill areas of the
 * wizard's own dynamic arrays) hold no content of the wizard's and are not compared.
 */
import { cellAddress } from "../core";
import type { CellSpec, SheetSpec } from "./SheetSpec";

/** What a host reports of a cell, as Office.js `formulas` does: "" when empty. */
export type CellContent = string | number | boolean | null | undefined;

/** The content `cell` puts into a cell, in the shape of Office.js `formulas`. */
export function contentOf(cell: CellSpec): CellContent {
  if (!cell || cell.kind === "blank") return "";
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "formula") return cell.formula;
  return cell.value;
}

const isEmpty = (v: CellContent) => v === "" || v === null || v === undefined;

/** Formula text without spaces and case outside string literals ("=a1 + 1" ~ "=A1+1"). */
function normal(v: CellContent): string {
  if (typeof v !== "string") return String(v).toUpperCase();
  if (!v.startsWith("=")) return v;
  return v.replace(/("[^"]*")|([^"]+)/g, (_, str: string, rest: string) =>
    str ? str : rest.replace(/\s+/g, "").toUpperCase()
  );
}

/** True when `current` is what `cell` wrote. */
export function unchanged(cell: CellSpec, current: CellContent): boolean {
  if (!cell || cell.kind === "blank") return true;
  const wrote = contentOf(cell);
  if (typeof wrote === "number") return Number(current) === wrote && !isEmpty(current);
  if (cell.kind === "text") return current === wrote;
  return normal(wrote) === normal(current);
}

/**
 * The first cell (row by row, A1 address) that stops an update from `previous` to `next`:
 * a cell `previous` wrote whose content the user changed, or a cell only `next` writes that
 * the user filled; undefined when the update may go ahead.
 */
export function firstEditedCell(
  previous: SheetSpec,
  next: SheetSpec,
  current: (row: number, col: number) => CellContent
): string | undefined {
  const rows = Math.max(previous.cells.length, next.cells.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(previous.cells[r]?.length ?? 0, next.cells[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const owned = previous.cells[r]?.[c] ?? null;
      const wanted = next.cells[r]?.[c] ?? null;
      const now = current(r, c);
      if (owned ? !unchanged(owned, now) : wanted && wanted.kind !== "blank" && !isEmpty(now))
        return cellAddress(r, c);
    }
  }
  return undefined;
}

/** The [row, col] cells `spec` writes (its non-null cells). */
export function ownedCells(spec: SheetSpec): [number, number][] {
  return spec.cells.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell ? [[r, c] as [number, number]] : []))
  );
}
