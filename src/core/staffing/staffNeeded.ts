import { fail, ok, type Result } from "../result";
import { decimalOf, divCeil, pow10, toNumber, type Decimal } from "../exact/decimal";
import { Count, Positive } from "../schemas/domains";
import { checkList, checkSameLength, checkValue } from "../schemas/validate";
import { allFinite } from "../exact/finite";

/** The FTE unit needs are rounded up to when no step is given: a whole FTE. */
export const STAFF_NEEDED_STEP = 1;

/** ceil(clients / (target·step)) steps of FTE, exactly, as a number of FTE. */
function needed(clients: number, t: Decimal, s: Decimal): number {
  const a = BigInt(clients) * pow10(t.scale + s.scale);
  const k = divCeil(a, t.int * s.int);
  return toNumber(k * s.int, s.scale);
}

/** The same for whole clients, target and step, without BigInt. */
function neededWhole(clients: number, target: number, step: number): number {
  const d = target * step;
  let k = Math.floor(clients / d);
  if (k * d < clients) k++;
  else if ((k - 1) * d >= clients && k > 0) k--;
  return k * step;
}

function asList(x: number | readonly number[]): readonly number[] {
  return typeof x === "number" ? [x] : x;
}

/**
 * STAFFNEEDED: the FTE needed to serve `clients` at `caseloadTarget` clients per official:
 * clients / target rounded UP to a whole number of `step` FTE (exact; 1 by default).
 * Lists give an elementwise result (one row per service line); a single target applies
 * to every row.
 * @param clients - clients (job seekers) per row, whole numbers ≥ 0
 * @param caseloadTarget - clients per official, > 0 (130 multi-sector, 170 skills services, ~100 coaches)
 * @param step - FTE unit, > 0 (1 by default; 0.5 for half posts)
 * @example staffNeeded(3762, 130).value // 29
 * @example staffNeeded([3762, 1000], [130, 170], 0.5).value // [29, 6]
 */
export function staffNeeded(
  clients: number,
  caseloadTarget: number,
  step?: number | null
): Result<number>;
export function staffNeeded(
  clients: readonly number[],
  caseloadTarget: number | readonly number[],
  step?: number | null
): Result<number[]>;
export function staffNeeded(
  clients: number | readonly number[],
  caseloadTarget: number | readonly number[],
  step?: number | null
): Result<number | number[]> {
  const unit = step ?? STAFF_NEEDED_STEP;
  const cs = asList(clients);
  let ts = asList(caseloadTarget);
  const bad =
    checkList(Count, cs, "clients") ??
    checkList(Positive, ts, "caseloadTarget") ??
    checkValue(Positive, unit, "step");
  if (bad) return fail(bad);
  if (ts.length === 1 && cs.length > 1) ts = cs.map(() => ts[0]);
  const mismatch = checkSameLength(cs, "clients", ts, "caseloadTarget");
  if (mismatch) return fail(mismatch);
  const s = decimalOf(unit);
  let lastTarget = NaN;
  let t = s;
  const out = cs.map((c, i) => {
    if (Number.isInteger(ts[i]) && Number.isInteger(unit) && ts[i] * unit * c < 2 ** 52)
      return neededWhole(c, ts[i], unit);
    if (ts[i] !== lastTarget) ((lastTarget = ts[i]), (t = decimalOf(ts[i])));
    return needed(c, t, s);
  });
  const checked = allFinite(out, "caseloadTarget", asList(caseloadTarget));
  if (!checked.ok) return checked;
  return ok(typeof clients === "number" ? out[0] : out);
}
