import * as core from "../core";
import { ok, type Result } from "../core/result";
import { BUILT_IN_CALLS } from "./builtInCalls";
import type { CellValue, FormulaCall, Matrix } from "./evaluate";

/*
 * The builder's bridge to the core: a spec's argument rectangles become the core's parsed
 * inputs and its results become rectangles in the input's orientation. Spec inputs are
 * reviewed data, so a malformed argument is a build error (thrown), while the calculation
 * itself is always the core's.
 */

const flat = (m: Matrix): CellValue[] => m.flat();
const nums = (m: Matrix): number[] =>
  flat(m).map((v) => {
    if (typeof v !== "number") throw new Error(`template argument is not a number: ${String(v)}`);
    return v;
  });
const num = (m: Matrix | undefined): number | undefined =>
  m === undefined ? undefined : nums(m)[0];
const names = (m: Matrix): (string | number)[] =>
  flat(m).map((v) => (typeof v === "boolean" ? String(v) : v));
const isRow = (m: Matrix): boolean => m.length === 1 && m[0].length > 1;

/** A scalar result as a 1×1 rectangle. */
const scalar = <T extends CellValue>(r: Result<T>): Result<Matrix> => (r.ok ? ok([[r.value]]) : r);
/** A list result laid out like `shape` (a row in, a row out; otherwise a column). */
const list = (r: Result<readonly CellValue[]>, shape: Matrix): Result<Matrix> =>
  !r.ok ? r : ok(isRow(shape) ? [[...r.value]] : r.value.map((v) => [v]));

/** Catalogue id → calculation, for the functions the templates use, plus SUM and REF. */
export const TEMPLATE_CALLS: Readonly<Record<string, FormulaCall>> = {
  ...BUILT_IN_CALLS,
  LABOURFORCE: ([lf]) => scalar(core.labourForce(nums(lf))),
  MEETSMINIMUM: ([lf, min]) => scalar(core.meetsMinimum(nums(lf), num(min))),
  SHORTFALL: ([lf, min]) => scalar(core.shortfall(nums(lf), num(min))),
  YEARSABOVEMINIMUM: ([lf, ch, min, hz]) =>
    scalar(core.yearsAboveMinimum(nums(lf), num(ch)!, num(min), num(hz))),
  PROJECTLABOURFORCE: ([lf, ch, years]) =>
    list(core.projectLabourForce(nums(lf), num(ch)!, num(years)!), [[0], [0]]),
  CONTIGUOUS: ([m]) => scalar(core.contiguous(names(m))),
  SUBSIDYSHARES: ([a, u, w]) => list(core.subsidyShares(nums(a), nums(u), num(w)), a),
  SUBSIDYALLOCATION: ([amt, a, u, w]) =>
    list(core.subsidyAllocation(num(amt)!, nums(a), nums(u), num(w)), a),
  PAYMENTCAP: ([s, cap]) => scalar(core.paymentCap(nums(s), num(cap))),
  MEMBERPAYMENTS: ([b, s, cap]) => list(core.memberPayments(num(b)!, nums(s), num(cap)), s),
  CAPHEADROOM: ([b, s, cap]) => scalar(core.capHeadroom(num(b)!, nums(s), num(cap))),
  STAFFNEEDED: ([c, t, step]) => list(core.staffNeeded(nums(c), nums(t), num(step)), c),
  CASELOAD: ([c, fte]) => scalar(core.caseload(num(c)!, num(fte)!)),
  STAFFALLOCATION: ([fte, c, step]) => list(core.staffAllocation(num(fte)!, nums(c), num(step)), c),
  BENEFITCOST: ([before, days, amount, model]) =>
    scalar(core.benefitCost(num(before)!, num(days)!, num(amount), num(model))),
  BENEFITSHARE: ([day, model]) => scalar(core.benefitShare(num(day)!, num(model))),
};
