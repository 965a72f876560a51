import { capHeadroom, memberPayments, paymentCap } from "../../core";
import type { ExcelArg } from "../excel-value";
import { number, numbers, optionalNumber } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Joint municipal authority (kuntayhtymä) budget: Excel argument shapes -> core -> Excel values.

export const PAYMENTCAP = (subsidies: ExcelArg, capRatio: ExcelArg) =>
  withArgs([numbers(subsidies, "memberSubsidies"), optionalNumber(capRatio, "capRatio")], (s, r) =>
    paymentCap(s.values, r)
  );

/** Spills like `memberSubsidies`. */
export const MEMBERPAYMENTS = (budget: ExcelArg, subsidies: ExcelArg, capRatio: ExcelArg) =>
  withArgs(
    [
      number(budget, "budget"),
      numbers(subsidies, "memberSubsidies"),
      optionalNumber(capRatio, "capRatio"),
    ],
    (b, s, r) => mapOk(memberPayments(b, s.values, r), (v) => spill(v, s.orientation))
  );

export const CAPHEADROOM = (budget: ExcelArg, subsidies: ExcelArg, capRatio: ExcelArg) =>
  withArgs(
    [
      number(budget, "budget"),
      numbers(subsidies, "memberSubsidies"),
      optionalNumber(capRatio, "capRatio"),
    ],
    (b, s, r) => capHeadroom(b, s.values, r)
  );
