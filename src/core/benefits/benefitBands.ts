import { fail, ok, type Result } from "../result";
import { toNumber } from "../exact/decimal";
import { Model, type BenefitModel } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { builtInBands, DEFAULT_BENEFIT_MODEL } from "./bands";

/**
 * BENEFITBANDS: the built-in band table of a model (2025 by default, 2015 or 2006) as rows of
 * [from day, to day (null = open: leave the cell blank), municipal share as a fraction].
 * Sources: act 555/1998 as amended by 387/2023 (2025, matching Kela's billing bands); Kela
 * (2015: labour market subsidy 2015–2024; 2006: 2006–2014, HE 164/2005).
 * @example benefitBands().value?.[1] // [101, 200, 0.1]
 * @example benefitBands(2015).value // [[1, 300, 0], [301, 1000, 0.5], [1001, null, 0.7]]
 * @example benefitBands(2006).value // [[1, 500, 0], [501, null, 0.5]]
 */
export function benefitBands(model?: number | null): Result<(number | null)[][]> {
  const m = model ?? DEFAULT_BENEFIT_MODEL;
  const bad = checkValue(Model, m, "model");
  if (bad) return fail(bad);
  return ok(
    builtInBands(m as BenefitModel).map((b) => [b.from, b.to, toNumber(b.share.int, b.share.scale)])
  );
}
