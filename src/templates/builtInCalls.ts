import { ok } from "../core/result";
import type { FormulaCall } from "./evaluate";

/**
 * The two Excel built-ins the templates use, computed the way Excel does: SUM adds the
 * numbers of its ranges in row order (floating point, as Excel), REF copies one cell.
 */
export const BUILT_IN_CALLS: Readonly<Record<string, FormulaCall>> = {
  SUM: (args) => {
    let total = 0;
    for (const m of args)
      for (const row of m) for (const v of row) if (typeof v === "number") total += v;
    return ok([[total]]);
  },
  REF: (args) => ok([[args[0][0][0]]]),
};
