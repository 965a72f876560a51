import { fail, ok, type Result } from "../result";
import { decimalOf, divRoundHalfAway, pow10 } from "../exact/decimal";
import { toEuros } from "../exact/money";
import { NonNegative, wholeNumber } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { bandsFor, type BandRow } from "./bands";

/** The basic daily amount of unemployment benefit in 2025 (Kela), €/day. */
export const DAILY_AMOUNT_2025 = 37.21;

const DAYS = wholeNumber(1_000_000);

/**
 * BENEFITCOST: what the municipality pays for benefit days daysBefore+1 … daysBefore+days:
 * Σ over bands of (days in the band) × share × dailyAmount, computed exactly and rounded
 * once to cents, half away from zero. Returns euros (an exact number of cents).
 * @param daysBefore - benefit days the person had accumulated before (≥ 0)
 * @param days - benefit days in the period (≥ 0)
 * @param dailyAmount - € per day, 37.21 (2025 basic amount) by default
 * @example benefitCost(100, 20).value // 74.42
 * @example benefitCost(190, 20).value // 111.63
 */
export function benefitCost(
  daysBefore: number,
  days: number,
  dailyAmount?: number | null,
  model?: number | null,
  bands?: readonly BandRow[] | null
): Result<number> {
  const amount = dailyAmount ?? DAILY_AMOUNT_2025;
  const bad =
    checkValue(DAYS, daysBefore, "daysBefore") ??
    checkValue(DAYS, days, "days") ??
    checkValue(NonNegative, amount, "dailyAmount");
  if (bad) return fail(bad);
  const first = daysBefore + 1;
  const last = daysBefore + days;
  const table = bandsFor(model, bands, Math.max(last, 1));
  if (!table.ok) return table;
  const a = decimalOf(amount);
  const scale = Math.max(...table.value.map((b) => b.share.scale));
  let total = 0n; // in units of 10^-(scale + a.scale) €
  for (const b of table.value) {
    const lo = Math.max(first, b.from);
    const hi = b.to === null ? last : Math.min(last, b.to);
    if (hi >= lo) total += BigInt(hi - lo + 1) * b.share.int * pow10(scale - b.share.scale);
  }
  const cents = divRoundHalfAway(total * a.int * 100n, pow10(scale + a.scale));
  return ok(toEuros(cents));
}
