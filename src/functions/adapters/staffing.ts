import { caseload, staffAllocation, staffNeeded } from "../../core";
import type { ExcelArg } from "../excel-value";
import { number, numbers, optionalNumber } from "../parse";
import { spill } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Staffing from caseload targets (henkilöstömitoitus): Excel argument shapes -> core -> Excel values.

/** Elementwise over service lines; always spills like `clients` (one cell for one line). */
export const STAFFNEEDED = (clients: ExcelArg, target: ExcelArg, step: ExcelArg) =>
  withArgs(
    [numbers(clients, "clients"), numbers(target, "caseloadTarget"), optionalNumber(step, "step")],
    (c, t, s) => mapOk(staffNeeded(c.values, t.values, s), (v) => spill(v, c.orientation))
  );

export const CASELOAD = (clients: ExcelArg, fte: ExcelArg) =>
  withArgs([number(clients, "clients"), number(fte, "fte")], (c, f) => caseload(c, f));

/** Spills like `clients`. */
export const STAFFALLOCATION = (totalFte: ExcelArg, clients: ExcelArg, step: ExcelArg) =>
  withArgs(
    [number(totalFte, "totalFte"), numbers(clients, "clients"), optionalNumber(step, "step")],
    (f, c, s) => mapOk(staffAllocation(f, c.values, s), (v) => spill(v, c.orientation))
  );
