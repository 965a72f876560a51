import { a1, rowCol } from "../templates/package/sheetCells";
import type { CachedValue } from "./cellValues";
import type { CliLanguage } from "./cliLanguage";
import { cliMessage } from "./cliMessage";
import type { LoadedWorkbook } from "./readWorkbook";
import type { Computed } from "./recalculate";

/** Excel's last row and column. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** One cell a formula owns, before (the file) and after (recalculation). */
export interface OwnedCell {
  readonly row: number;
  readonly col: number;
  readonly cached: CachedValue;
  readonly value: CachedValue;
}

/** What one formula owns after recalculation: its cells over the old and new spill range. */
export interface Planned {
  readonly computed: Computed;
  /** The result as it will stand in the file (#SPILL! when it cannot spill). */
  readonly rows: CachedValue[][];
  /** The union of the recorded array range and the new result, anchor first. */
  readonly cells: OwnedCell[];
  /** The array range to record (for array formulas). */
  readonly arrayRef?: string;
  /** True when the formula is part of a circular reference (Excel shows 0 there). */
  readonly circular: boolean;
}

const NA: CachedValue = { error: "#N/A" };

/**
 * A legacy (Ctrl+Shift+Enter) array formula keeps its range: a result of one row or column is
 * repeated across it, a larger one is cut, and cells the result does not reach show #N/A.
 */
function legacyFill(rows: readonly CachedValue[][], h0: number, w0: number): CachedValue[][] {
  const [rh, rw] = [rows.length, rows[0]?.length ?? 1];
  const at = (i: number, j: number) => {
    const r = i < rh ? i : rh === 1 ? 0 : -1;
    const c = j < rw ? j : rw === 1 ? 0 : -1;
    return r < 0 || c < 0 ? NA : (rows[r][c] ?? null);
  };
  return Array.from({ length: h0 }, (_, i) => Array.from({ length: w0 }, (_, j) => at(i, j)));
}

const rangeName = (r: number, c: number, h: number, w: number) =>
  h === 1 && w === 1 ? a1(r, c) : `${a1(r, c)}:${a1(r + h - 1, c + w - 1)}`;

/**
 * Plans one formula's cells as Excel would leave them: a result that grows spills into empty
 * cells only, else it is #SPILL! (and owns just its own cell); cells a shrunken result no longer
 * covers become blank; a circular reference shows 0. A #SPILL! says why in `lang`.
 */
export function planFormula(
  book: LoadedWorkbook,
  computed: Computed,
  lang: CliLanguage = "en"
): Planned {
  const { cell } = computed;
  const [from, to = from] = (cell.arrayRef ?? cell.address).split(":").map(rowCol);
  const [h0, w0] = [to[0] - from[0] + 1, to[1] - from[1] + 1];
  const inOld = (r: number, c: number) => r >= from[0] && r <= to[0] && c >= from[1] && c <= to[1];
  // A formula stored without an array range is a plain (pre-dynamic-array) formula: Excel
  // evaluates it by implicit intersection, an array result giving its first value; it does not spill.
  let rows = cell.arrayRef === undefined ? [[computed.rows[0]?.[0] ?? null]] : computed.rows;
  const circular = rows.some((row) =>
    row.some((v) => v !== null && typeof v === "object" && v.error === "#CYCLE!")
  );
  if (circular) rows = [[0]];
  if (cell.arrayRef !== undefined && !cell.dynamic && !circular) rows = legacyFill(rows, h0, w0);
  let [h, w] = [rows.length, rows[0]?.length ?? 1];
  let blocked = cell.row + h - 1 > MAX_ROW || cell.col + w - 1 > MAX_COL;
  for (let i = 0; i < h && !blocked; i++)
    for (let j = 0; j < w && !blocked; j++) {
      const [r, c] = [cell.row + i, cell.col + j];
      if (!inOld(r, c) && book.occupied(cell.sheet, r, c)) blocked = true;
    }
  if (blocked) {
    rows = [[{ error: "#SPILL!", message: cliMessage("calc.spillBlocked", {}, lang) }]];
    [h, w] = [1, 1];
  }
  const cells: OwnedCell[] = [];
  for (let i = 0; i < Math.max(h, h0); i++)
    for (let j = 0; j < Math.max(w, w0); j++) {
      const [r, c] = [cell.row + i, cell.col + j];
      const inNew = i < h && j < w;
      if (!inNew && !inOld(r, c)) continue;
      const cached = i === 0 && j === 0 ? cell.cached : book.cachedAt(cell.sheet, r, c);
      cells.push({ row: r, col: c, cached, value: inNew ? (rows[i][j] ?? null) : null });
    }
  const array = cell.arrayRef !== undefined;
  return {
    computed,
    rows,
    cells,
    ...(array ? { arrayRef: rangeName(cell.row, cell.col, h, w) } : {}),
    circular,
  };
}
