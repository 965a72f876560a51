/**
 * Reads a pasted block as a table and says where each figure goes, by name whenever the
 * block names municipalities: a header row is recognised, a label column in any position
 * matches members (names, codes, "KU005 Alajärvi"), a row goes across and a column goes
 * down. Nothing is dropped silently: what has no place is listed in `unknown` or `extra`.
 */
import { FIGURES, type FigureKey } from "../inputs";
import { headerKey } from "./headerKey";
import { matchMunicipality } from "./matchMunicipality";
import { isNumberCell, readGrid } from "./readGrid";

export interface FigureUpdate {
  readonly code: string;
  readonly key: FigureKey;
  readonly value: string;
}

export interface PastePlan {
  /** Figures to set, members' and (if confirmed) the added municipalities'. */
  readonly updates: readonly FigureUpdate[];
  /** Municipalities named in the block that are not members yet (added if confirmed). */
  readonly added: readonly string[];
  /** Rows matched to a member by name (table) or placed by position. */
  readonly matched: number;
  /** Labels that name no municipality, or name one twice. */
  readonly unknown: readonly string[];
  /** Values or headers that have no place (past the last member or figure). */
  readonly extra: readonly string[];
  /** Whether rows were matched by name rather than position. */
  readonly byName: boolean;
}

/** Whether the plan must be shown before it is applied. */
export const needsConfirmation = (p: PastePlan): boolean =>
  p.unknown.length > 0 || p.extra.length > 0 || p.added.length > 0;

const hasLetter = (s: string) => /\p{L}/u.test(s);

/** The column whose cells name the most municipalities (cells with letters only), if any. */
function labelColumn(rows: readonly string[][]): number | undefined {
  const width = Math.max(...rows.map((r) => r.length));
  let best: number | undefined;
  let bestScore = 0;
  for (let c = 0; c < width; c++) {
    const score = rows.filter((r) => hasLetter(r[c] ?? "") && matchMunicipality(r[c])).length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** Plans a paste of `text` into the figure `at.key` of member `at.code`. */
export function pasteTable(
  text: string,
  members: readonly string[],
  at: { readonly code: string; readonly key: FigureKey }
): PastePlan {
  const rows = readGrid(text);
  const label = labelColumn(rows);
  const first = rows[0] ?? [];
  const isHeader =
    rows.length > 1 &&
    !first.some(isNumberCell) &&
    (label === undefined || !matchMunicipality(first[label] ?? ""));
  const header = isHeader ? first : undefined;
  const data = isHeader ? rows.slice(1) : rows;
  const extra: string[] = [];
  const unknown: string[] = [];
  const updates: FigureUpdate[] = [];
  const added: string[] = [];
  const width = Math.max(...rows.map((r) => r.length));
  const figureColumns = [...Array(width).keys()].filter((c) => c !== label);
  const startKey = FIGURES.indexOf(at.key);
  const keyOf = new Map<number, FigureKey>();
  figureColumns.forEach((c, i) => {
    const named = header?.[c] ? headerKey(header[c]) : undefined;
    const key = header?.[c] && label !== undefined ? named : (named ?? FIGURES[startKey + i]);
    if (key) keyOf.set(c, key);
    else if (data.some((r) => (r[c] ?? "") !== "")) extra.push(header?.[c] || `#${c + 1}`);
  });
  const put = (code: string, row: readonly string[]) => {
    for (const [c, key] of keyOf)
      if ((row[c] ?? "") !== "") updates.push({ code, key, value: row[c] });
  };
  let matched = 0;
  if (label !== undefined) {
    const seen = new Set<string>();
    for (const row of data) {
      const name = row[label] ?? "";
      const m = matchMunicipality(name);
      if (!m || seen.has(m.code)) {
        if (name !== "" || row.some((c) => c !== "")) unknown.push(name || row.join(" "));
        continue;
      }
      seen.add(m.code);
      if (members.includes(m.code)) matched++;
      else added.push(m.code);
      put(m.code, row);
    }
  } else {
    const start = Math.max(0, members.indexOf(at.code));
    data.forEach((row, r) => {
      const code = members[start + r];
      if (code === undefined) return extra.push(...row.filter((c) => c !== ""));
      matched++;
      put(code, row);
    });
  }
  return { updates, added, matched, unknown, extra, byName: label !== undefined };
}
