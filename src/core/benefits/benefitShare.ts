import { fail, ok, type Result } from "../result";
import { toNumber } from "../exact/decimal";
import { wholeNumber } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { bandsFor, type BandRow } from "./bands";

/**
 * BENEFITSHARE: the municipality's share (a fraction) of the benefit for the n-th
 * accumulated benefit day, by the 2025 incentive model unless `model` is 2015 or 2006 or a
 * `bands` table replaces the built-in one.
 * @example benefitShare(100).value // 0
 * @example benefitShare(101).value // 0.1
 * @example benefitShare(701).value // 0.5
 * @example benefitShare(1001, 2015).value // 0.7
 * @example benefitShare(501, 2006).value // 0.5
 */
export function benefitShare(
  benefitDay: number,
  model?: number | null,
  bands?: readonly BandRow[] | null
): Result<number> {
  const bad = checkValue(wholeNumber(1_000_000, 1), benefitDay, "benefitDay");
  if (bad) return fail(bad);
  const table = bandsFor(model, bands, benefitDay);
  if (!table.ok) return table;
  const band = table.value.find(
    (b) => b.from <= benefitDay && (b.to === null || benefitDay <= b.to)
  )!;
  return ok(toNumber(band.share.int, band.share.scale));
}
