import {
  labourForce,
  meetsMinimum,
  projectLabourForce,
  shortfall,
  yearsAboveMinimum,
} from "../../core";
import type { ExcelArg } from "../excel-value";
import { number, numbers, optionalNumber } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Employment area (työllisyysalue): Excel argument shapes -> core -> Excel values.

export const LABOURFORCE = (lf: ExcelArg) =>
  withArgs([numbers(lf, "labourForce")], (l) => labourForce(l.values));

export const MEETSMINIMUM = (lf: ExcelArg, minimum: ExcelArg) =>
  withArgs([numbers(lf, "labourForce"), optionalNumber(minimum, "minimum")], (l, m) =>
    meetsMinimum(l.values, m)
  );

export const SHORTFALL = (lf: ExcelArg, minimum: ExcelArg) =>
  withArgs([numbers(lf, "labourForce"), optionalNumber(minimum, "minimum")], (l, m) =>
    shortfall(l.values, m)
  );

export const YEARSABOVEMINIMUM = (
  lf: ExcelArg,
  change: ExcelArg,
  minimum: ExcelArg,
  horizon: ExcelArg
) =>
  withArgs(
    [
      numbers(lf, "labourForce"),
      number(change, "annualChange"),
      optionalNumber(minimum, "minimum"),
      optionalNumber(horizon, "horizon"),
    ],
    (l, c, m, h) => yearsAboveMinimum(l.values, c, m, h)
  );

/** Always a column, year 0 first (the catalogue fixes the orientation). */
export const PROJECTLABOURFORCE = (lf: ExcelArg, change: ExcelArg, years: ExcelArg) =>
  withArgs(
    [numbers(lf, "labourForce"), number(change, "annualChange"), number(years, "years")],
    (l, c, y) => mapOk(projectLabourForce(l.values, c, y), (v) => spill(v, "column"))
  );
