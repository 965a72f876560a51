/**
 * A pasted table of municipalities and labour force (as copied from Excel or StatFin), read
 * with the wizard's paste-by-name helpers: a label column names the municipality, the first
 * number cell in the row is its labour force; a header row is skipped. Nothing is guessed:
 * unreadable rows are listed.
 */
import type { Language } from "../i18n";
import { matchMunicipality } from "../wizard/paste/matchMunicipality";
import { isNumberCell, readGrid } from "../wizard/paste/readGrid";
import { parseUserNumber } from "../wizard/parseUserNumber";

export interface TableRow {
  readonly code: string;
  readonly labourForce: number;
}

export interface ReadTable {
  readonly rows: readonly TableRow[];
  /** Lines that name no municipality, have no number, or repeat one (as pasted). */
  readonly skipped: readonly string[];
}

/** Reads `text`; the first line is a header when it names no municipality. */
export function readRegionTable(text: string, language: Language): ReadTable {
  const rows: TableRow[] = [];
  const skipped: string[] = [];
  readGrid(text).forEach((cells, i) => {
    if (cells.every((c) => c === "")) return;
    const m = cells.map((c) => (isNumberCell(c) ? undefined : matchMunicipality(c))).find(Boolean);
    const number = cells.find(isNumberCell);
    const value = number === undefined ? undefined : parseUserNumber(number, 0, language);
    if (m && value !== undefined && value >= 0 && !rows.some((r) => r.code === m.code))
      rows.push({ code: m.code, labourForce: value });
    else if (!(i === 0 && !m)) skipped.push(cells.join(" "));
  });
  return { rows, skipped };
}
