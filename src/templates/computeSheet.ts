import { createWorkbookEngine, isEngineError, type CellInput } from "../engine";
import { blockAddress, cellAddress, parseCell } from "../core";
import type { CellValue, EvaluatedSheet } from "./evaluated";
import { formulaText } from "./formulaText";
import { localize, type TemplateCell, type Lang, type TemplateSheet } from "./spec";

/** The engine's input for one cell: text with the engine's text prefix "'", so "005" stays text. */
function input(cell: TemplateCell, lang: Lang): CellInput {
  if (cell.formula) return `=${formulaText(cell.formula)}`;
  const v = cell.value;
  if (v === undefined) return null;
  if (typeof v === "object" || typeof v === "string") return `'${localize(v, lang)}`;
  return v;
}

/**
 * Computes a sheet with the headless engine, the one the calculator (`tyoalue calc`) and the
 * preview use: the cached values a template opens with are what the formulas compute. A
 * formula that gives an error (also one reading a blank cell) stops the build: a template
 * must open showing correct numbers.
 */
export function computeSheet(sheet: TemplateSheet, lang: Lang): EvaluatedSheet {
  const rows: CellInput[][] = [];
  for (const cell of sheet.cells) {
    const { row, col } = parseCell(cell.ref);
    (rows[row] ??= [])[col] = input(cell, lang);
  }
  const name = localize(sheet.name, lang);
  const dense = Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? null));
  const engine = createWorkbookEngine({ [name]: dense });
  try {
    const values = new Map<string, CellValue>();
    const spills = new Map<string, string>();
    for (const cell of sheet.cells) {
      if (!cell.formula) {
        const v = engine.getValue(name, cell.ref);
        if (v !== null && !isEngineError(v)) values.set(cell.ref, v);
        continue;
      }
      const result = engine.getResult(name, cell.ref);
      const block = Array.isArray(result) ? result : [[result]];
      const at = parseCell(cell.ref);
      const where = `${sheet.name.fi}!${cell.ref}: ${cell.formula.fn}`;
      block.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === null) throw new Error(`${where} gave a blank cell`);
          if (isEngineError(v)) throw new Error(`${where} failed: ${v.error} ${v.message ?? ""}`);
          values.set(cellAddress(at.row + i, at.col + j), v);
        })
      );
      if (cell.spill || block.length > 1 || block[0].length > 1)
        spills.set(cell.ref, blockAddress(cell.ref, block.length, block[0].length));
    }
    return { values, spills };
  } finally {
    engine.destroy();
  }
}
