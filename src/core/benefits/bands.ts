import { fail, ok, type CalcError, type Result } from "../result";
import { decimalOf, type Decimal } from "../exact/decimal";
import { BENEFIT_BANDS_PERCENT } from "../registry/data.generated";
import { Model, Ratio, wholeNumber, type BenefitModel } from "../schemas/domains";
import { checkValue } from "../schemas/validate";

/** One band: the municipality pays `share` of the benefit for days `from`…`to` (null = no end). */
/** The model used when none is given: the incentive model in force since 2025 (act 387/2023). */
export const DEFAULT_BENEFIT_MODEL = 2025 satisfies BenefitModel;

export interface Band {
  readonly from: number;
  readonly to: number | null;
  readonly share: Decimal;
}

/** A user's band row: from day, to day (null, undefined or "" = open), share as a fraction. */
export type BandRow = readonly (number | string | null | undefined)[];

const DAY = wholeNumber(1_000_000, 1);
const isOpen = (x: unknown) =>
  x === null || x === undefined || (typeof x === "string" && x.trim() === "");

/** The built-in bands of a model (from assets/data/tyottomyysturva_kuntaosuus.csv). */
export function builtInBands(model: BenefitModel): Band[] {
  return BENEFIT_BANDS_PERCENT[String(model)].map(([from, to, pct]) => ({
    from,
    to,
    share: { int: BigInt(pct), scale: 2 },
  }));
}

function bandError(
  message: string,
  at: number | undefined,
  params: Record<string, number>
): CalcError {
  return { code: "#VALUE!", message, arg: "bands", ...(at ? { at: { row: at } } : {}), params };
}

/**
 * Validates a user band table (same form as BENEFITBANDS returns): bands contiguous from
 * day 1, each `to` ≥ its `from`, only the last open, shares fractions 0..1; when the last
 * band is closed it must reach `lastDay`.
 */
export function parseBands(rows: readonly BandRow[], lastDay: number): Result<Band[]> {
  if (rows.length === 0) return fail({ code: "#VALUE!", message: "shape.empty", arg: "bands" });
  const bands: Band[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const at = (col: number) => ({ row: r + 1, col });
    if (row.length !== 3)
      return fail({
        code: "#VALUE!",
        message: "shape.columns",
        arg: "bands",
        params: { expected: 3, actual: row.length },
      });
    const [from, to, share] = row;
    const bad =
      checkValue(DAY, from, "bands", at(1)) ??
      (isOpen(to) ? undefined : checkValue(DAY, to, "bands", at(2))) ??
      checkValue(Ratio, share, "bands", at(3));
    if (bad) return fail(bad);
    const f = from as number;
    const t = isOpen(to) ? null : (to as number);
    const previous = bands[r - 1];
    if (!previous && f !== 1) return fail(bandError("bands.firstDay", undefined, { value: f }));
    if (previous?.to === null) return fail(bandError("bands.openNotLast", r, {}));
    if (previous && f !== previous.to! + 1)
      return fail(bandError("bands.gap", r + 1, { value: f, previous: previous.to! }));
    if (t !== null && t < f)
      return fail(bandError("bands.endBeforeStart", r + 1, { value: t, start: f }));
    bands.push({ from: f, to: t, share: decimalOf(share as number) });
  }
  const last = bands[bands.length - 1];
  if (last.to !== null && last.to < lastDay)
    return fail(bandError("bands.notCovered", undefined, { value: last.to, needed: lastDay }));
  return ok(bands);
}

/** The bands to use: the user's table when given, else the model's built-in one (default {@link DEFAULT_BENEFIT_MODEL}). */
export function bandsFor(
  model: number | null | undefined,
  rows: readonly BandRow[] | null | undefined,
  lastDay: number
): Result<Band[]> {
  if (rows !== null && rows !== undefined) return parseBands(rows, lastDay);
  const m = model ?? DEFAULT_BENEFIT_MODEL;
  const bad = checkValue(Model, m, "model");
  return bad ? fail(bad) : ok(builtInBands(m as BenefitModel));
}
