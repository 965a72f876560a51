import { allocate, subsidyAllocation, subsidyShares } from "../../core";
import type { ExcelArg } from "../excel-value";
import { number, numberMatrix, numbers, optionalNumber } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// State subsidy (valtionosuus): Excel argument shapes -> core -> Excel values. Lists spill
// in the orientation of the first list argument.

export const SUBSIDYSHARES = (workingAge: ExcelArg, unemployed: ExcelArg, weight: ExcelArg) =>
  withArgs(
    [
      numbers(workingAge, "workingAge"),
      numbers(unemployed, "unemployed"),
      optionalNumber(weight, "workingAgeWeight"),
    ],
    (a, u, w) => mapOk(subsidyShares(a.values, u.values, w), (v) => spill(v, a.orientation))
  );

export const SUBSIDYALLOCATION = (
  amount: ExcelArg,
  workingAge: ExcelArg,
  unemployed: ExcelArg,
  weight: ExcelArg
) =>
  withArgs(
    [
      number(amount, "amount"),
      numbers(workingAge, "workingAge"),
      numbers(unemployed, "unemployed"),
      optionalNumber(weight, "workingAgeWeight"),
    ],
    (m, a, u, w) =>
      mapOk(subsidyAllocation(m, a.values, u.values, w), (v) => spill(v, a.orientation))
  );

/** One part per row of `criteria`, as a column. */
export const ALLOCATE = (amount: ExcelArg, criteria: ExcelArg, weights: ExcelArg, step: ExcelArg) =>
  withArgs(
    [
      number(amount, "amount"),
      numberMatrix(criteria, "criteria"),
      numbers(weights, "weights"),
      optionalNumber(step, "step"),
    ],
    (m, c, w, s) => mapOk(allocate(m, c, w.values, s), (v) => spill(v, "column"))
  );
