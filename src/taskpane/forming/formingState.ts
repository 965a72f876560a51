/**
 * The Form areas view's state, pure: the municipalities (a region's, or a pasted table's)
 * with their labour force as typed, and the minimum. A figure is only ever what the planner
 * typed or pasted.
 */
import { allMunicipalities } from "../../core";
import type { Language } from "../i18n";
import { parseUserNumber } from "../wizard/parseUserNumber";
import { municipalityName } from "../wizard/registry";
import { readRegionTable, type TableRow } from "./regionTable";

export interface Entry {
  readonly code: string;
  readonly text: string;
}

export interface FormingState {
  /** The region's Finnish name, or "" for a pasted table. */
  readonly region: string;
  readonly entries: readonly Entry[];
  readonly minimum: string;
  /** Lines of the last paste that were not read. */
  readonly skipped: readonly string[];
}

export const initialState: FormingState = {
  region: "",
  entries: [],
  minimum: "20000",
  skipped: [],
};

/** The reform's regions (Åland excluded), in Finnish alphabetical order. */
export function regions(): string[] {
  const names = new Set(
    allMunicipalities()
      .filter((m) => !m.aland && m.region)
      .map((m) => m.region)
  );
  return [...names].sort((a, b) => a.localeCompare(b, "fi"));
}

/** Chooses a region: its municipalities in registry order, keeping figures already given. */
export function chooseRegion(s: FormingState, region: string): FormingState {
  if (region === "") return { ...s, region };
  const had = new Map(s.entries.map((e) => [e.code, e.text]));
  const codes = allMunicipalities()
    .filter((m) => !m.aland && m.region === region)
    .map((m) => m.code);
  return { ...s, region, entries: codes.map((code) => ({ code, text: had.get(code) ?? "" })) };
}

/** Pastes a table: into the region's municipalities (others skipped), or as the table itself. */
export function pasteTable(s: FormingState, text: string, language: Language): FormingState {
  const read = readRegionTable(text, language);
  if (s.region === "") {
    const entries = read.rows.map((r) => ({ code: r.code, text: String(r.labourForce) }));
    return { ...s, entries, skipped: read.skipped };
  }
  const figure = new Map(read.rows.map((r) => [r.code, String(r.labourForce)]));
  const outside = read.rows.filter((r) => !s.entries.some((e) => e.code === r.code));
  const entries = s.entries.map((e) => ({ ...e, text: figure.get(e.code) ?? e.text }));
  return {
    ...s,
    entries,
    skipped: [...read.skipped, ...outside.map((r) => municipalityName(r.code, language))],
  };
}

/** Sets one municipality's labour force as typed. */
export const setFigure = (s: FormingState, code: string, text: string): FormingState => ({
  ...s,
  entries: s.entries.map((e) => (e.code === code ? { ...e, text } : e)),
});

/** The table to form areas from, and the municipalities whose figure is missing or unreadable. */
export function tableOf(
  s: FormingState,
  language: Language
): { rows: TableRow[]; missing: string[] } {
  const rows: TableRow[] = [];
  const missing: string[] = [];
  for (const e of s.entries) {
    const v = parseUserNumber(e.text, 0, language);
    if (v === undefined || v < 0) missing.push(e.code);
    else rows.push({ code: e.code, labourForce: v });
  }
  return { rows, missing };
}
