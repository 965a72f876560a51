import {
  capHeadroom,
  capHeadroomsByYear,
  fail,
  memberPayments,
  memberPaymentsByYear,
  ok,
  paymentCap,
  paymentCapsByYear,
  type Result,
} from "../../core";
import { isMatrix, type ExcelArg } from "../excel-value";
import { number, numberMatrix, numbers, optionalNumber } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Joint municipal authority (kuntayhtymä) budget: Excel argument shapes -> core -> Excel values.
// Planning years: `budget` a row of k years with `memberSubsidies` n rows × k year columns.

/** The budget's years when it is a row of two or more cells; undefined for one value. */
function budgetYears(arg: ExcelArg): Result<number[] | undefined> {
  if (!isMatrix(arg) || (arg.length === 1 && arg[0].length === 1)) return ok(undefined);
  if (arg.length > 1) {
    const cols = arg[0]?.length ?? 0;
    return fail({
      code: "#VALUE!",
      message: "shape.yearRow",
      arg: "budget",
      params: { rows: arg.length, cols },
    });
  }
  return mapOk(numbers(arg, "budget"), (l) => l.values);
}

/** True for a block of two or more rows and two or more columns (members × years). */
const isBlock = (arg: ExcelArg) => isMatrix(arg) && arg.length > 1 && (arg[0]?.length ?? 0) > 1;

/** One cap, or for a members × years block a row of each year's cap. */
export const PAYMENTCAP = (subsidies: ExcelArg, capRatio: ExcelArg) =>
  isBlock(subsidies)
    ? withArgs(
        [numberMatrix(subsidies, "memberSubsidies"), optionalNumber(capRatio, "capRatio")],
        (s, r) => mapOk(paymentCapsByYear(s, r), (caps) => [caps])
      )
    : withArgs(
        [numbers(subsidies, "memberSubsidies"), optionalNumber(capRatio, "capRatio")],
        (s, r) => mapOk(paymentCap(s.values, r), (cap) => [[cap]])
      );

/** Spills like `memberSubsidies`; with a row of k budgets, n×k (each year within its own cap). */
export const MEMBERPAYMENTS = (budget: ExcelArg, subsidies: ExcelArg, capRatio: ExcelArg) =>
  withArgs([budgetYears(budget)], (years) =>
    years
      ? withArgs(
          [numberMatrix(subsidies, "memberSubsidies"), optionalNumber(capRatio, "capRatio")],
          (s, r) => memberPaymentsByYear(years, s, r)
        )
      : withArgs(
          [
            number(budget, "budget"),
            numbers(subsidies, "memberSubsidies"),
            optionalNumber(capRatio, "capRatio"),
          ],
          (b, s, r) => mapOk(memberPayments(b, s.values, r), (v) => spill(v, s.orientation))
        )
  );

/** One headroom, or with a row of k budgets a row of each year's headroom. */
export const CAPHEADROOM = (budget: ExcelArg, subsidies: ExcelArg, capRatio: ExcelArg) =>
  withArgs([budgetYears(budget)], (years) =>
    years
      ? withArgs(
          [numberMatrix(subsidies, "memberSubsidies"), optionalNumber(capRatio, "capRatio")],
          (s, r) => mapOk(capHeadroomsByYear(years, s, r), (h) => [h])
        )
      : withArgs(
          [
            number(budget, "budget"),
            numbers(subsidies, "memberSubsidies"),
            optionalNumber(capRatio, "capRatio"),
          ],
          (b, s, r) => mapOk(capHeadroom(b, s.values, r), (h) => [[h]])
        )
  );
