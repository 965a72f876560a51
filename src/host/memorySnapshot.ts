/**
 * Snapshot to values in the in-memory host: the add-in's (TYOALUE) formulas of a sheet and
 * the blank cells their arrays spill into become constants; a user's own formulas stay,
 * text stays text, number formats and styles are kept.
 */
import { isAddinFormula } from "./addinFormula";
import type { Evaluate, MemorySheet } from "./memoryHost";
import type { CellSpec } from "./SheetSpec";
import type { CellValue } from "./WorkbookHost";

/**
 * Snapshots `sheet` (one of `sheets`, computed together by `evaluate`) in place; returns how
 * many add-in formulas were replaced.
 */
export async function snapshotSheet(
  sheet: MemorySheet,
  sheets: readonly MemorySheet[],
  evaluate: Evaluate
): Promise<number> {
  if (!sheet.cells.some((row) => row.some(isAddinCell))) return 0;
  const byName = (s: MemorySheet, cells: readonly (readonly CellSpec[])[]) =>
    [s.name, cells] as const;
  const computed = await evaluate(new Map(sheets.map((s) => byName(s, s.cells))));
  // Computed again without the add-in's formulas: a blank cell whose value vanishes is one
  // of their spills (the engine is injected, so its array bookkeeping is not at hand here).
  const without = sheet.cells.map((row) =>
    Array.from(row, (cell) => (isAddinCell(cell) ? null : cell))
  );
  const bare = await evaluate(
    new Map(sheets.map((s) => byName(s, s === sheet ? without : s.cells)))
  );
  return snapshotCells(sheet.cells, computed.get(sheet.name) ?? [], bare.get(sheet.name) ?? []);
}

const isAddinCell = (cell: CellSpec | undefined): boolean =>
  cell?.kind === "formula" && isAddinFormula(cell.formula);

/**
 * Turns the add-in's formulas and the blank cells they spill into (a value in `computed`,
 * none in `without`) into constants; other cells stay. Returns how many formulas went.
 */
function snapshotCells(
  cells: CellSpec[][],
  computed: CellValue[][],
  without: CellValue[][]
): number {
  const spills: [number, number][] = [];
  computed.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = cells[r]?.[c] ?? null;
      if (
        (cell === null || cell.kind === "blank") &&
        v !== null &&
        (without[r]?.[c] ?? null) === null
      )
        spills.push([r, c]);
    })
  );
  let replaced = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isAddinCell(cell))
        [replaced, row[c]] = [replaced + 1, toConstant(computed[r]?.[c] ?? null, cell)];
    })
  );
  for (const [r, c] of spills) {
    while (cells.length <= r) cells.push([]);
    cells[r][c] = toConstant(computed[r][c], cells[r][c] ?? null);
  }
  return replaced;
}

/** A computed value as a constant cell; number format and style carried over, text as text. */
function toConstant(v: CellValue, was: CellSpec): CellSpec {
  const format = was && "format" in was ? was.format : undefined;
  const style = was?.style;
  if (typeof v === "number") return { kind: "number", value: v, format, style };
  if (typeof v === "boolean") return { kind: "boolean", value: v, style };
  if (typeof v === "string") return { kind: "text", text: v, style };
  if (v === null) return was?.kind === "blank" ? was : null;
  return { kind: "text", text: v.error, style };
}
