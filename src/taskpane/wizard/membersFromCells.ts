/** Members read from a block of cells: a municipality (code or name) per row, figures to its right. */
import type { CellValue } from "../../host/WorkbookHost";
import { FIGURES, type MemberRow } from "./inputs";
import { findMunicipality } from "./registry";

/**
 * Rows whose first cell is a known municipality become members (skipping those already in
 * `existing` or repeated); up to six figures to the right fill the figure columns in order.
 * Non-blank first cells that match no municipality are returned in `unknown`
 * (a header row such as "Kunta" shows up there, which tells the user what was skipped).
 */
export function membersFromCells(
  rows: readonly (readonly CellValue[])[],
  existing: readonly string[]
): { members: MemberRow[]; unknown: string[] } {
  const seen = new Set(existing);
  const members: MemberRow[] = [];
  const unknown: string[] = [];
  for (const row of rows) {
    const head = row[0];
    if (
      head === undefined ||
      head === null ||
      typeof head === "boolean" ||
      typeof head === "object"
    )
      continue;
    if (typeof head === "string" && head.trim() === "") continue;
    const m = findMunicipality(typeof head === "number" ? head : head.trim());
    if (!m) {
      unknown.push(String(head));
      continue;
    }
    if (seen.has(m.code)) continue;
    seen.add(m.code);
    const figures = Object.fromEntries(
      FIGURES.map((k, i) => [k, cellText(row[i + 1])])
    ) as MemberRow["figures"];
    members.push({ code: m.code, figures });
  }
  return { members, unknown };
}

const cellText = (v: CellValue | undefined): string =>
  typeof v === "number" || typeof v === "string" ? String(v) : "";
