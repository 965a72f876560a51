/**
 * Computes the in-memory host's sheets with the headless engine (HyperFormula with the
 * TYOALUE catalogue). Text cells are handed over with the engine's text prefix "'", so a
 * name such as "=Kunta" or a code such as "005" stays text, exactly as in Excel.
 */
import type { Locale } from "../core";
import { createWorkbookEngine, type CellInput } from "../engine";
import type { CellSpec } from "./SheetSpec";
import type { Evaluate } from "./memoryHost";

/** The engine's input for one cell. */
export function engineInput(cell: CellSpec): CellInput {
  if (!cell || cell.kind === "blank") return null;
  if (cell.kind === "text") return `'${cell.text}`;
  if (cell.kind === "formula") return cell.formula;
  return cell.value;
}

/** An `Evaluate` for `createMemoryHost`, error messages in `locale`. */
export function engineEvaluate(locale: () => Locale): Evaluate {
  return async (sheets) => {
    const input = Object.fromEntries(
      [...sheets].map(([name, rows]) => [
        name,
        rows.map((r) => Array.from(r, (c) => engineInput(c ?? null))),
      ])
    );
    const engine = createWorkbookEngine(input, { locale: locale() });
    try {
      return new Map([...sheets.keys()].map((name) => [name, engine.getSheetValues(name)]));
    } finally {
      engine.destroy();
    }
  };
}
