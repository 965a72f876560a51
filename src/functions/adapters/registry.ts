import { contiguous, municipalities, neighbours } from "../../core";
import type { ExcelArg } from "../excel-value";
import { name, nameMatrix, names, optionalRange, optionalText } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Municipality registry and contiguity: Excel argument shapes -> core -> Excel values.

export const CONTIGUOUS = (municipalities: ExcelArg, pairs: ExcelArg) =>
  withArgs(
    [names(municipalities, "municipalities"), optionalRange(pairs, nameMatrix, "neighbourPairs")],
    (m, p) => contiguous(m.values, p)
  );

/** A column of Finnish names; a municipality without neighbours gives one empty cell. */
export const NEIGHBOURS = (m: ExcelArg) =>
  withArgs([name(m, "municipality")], (q) =>
    mapOk(neighbours(q), (list) => spill(list.length ? list : [""], "column"))
  );

/** Elementwise: a range or array in gives a list out in its orientation (one value: one cell). */
export const MUNICIPALITY = (m: ExcelArg, field: ExcelArg) =>
  withArgs([names(m, "municipality"), optionalText(field, "field")], (q, f) =>
    mapOk(municipalities(q.values, f), (v) => spill(v, q.orientation))
  );
