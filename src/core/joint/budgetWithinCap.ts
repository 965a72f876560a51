import { fail, ok, type Result } from "../result";
import { toEuros, wholeCents } from "../exact/money";
import { Money } from "../schemas/domains";
import { checkValue } from "../schemas/validate";
import { capOf, type Cap } from "./cap";

/** The budget in cents (validated: ≥ 0, whole cents) with the cap it is measured against. */
export function budgetAndCap(
  budget: number,
  memberSubsidies: readonly number[],
  capRatio?: number | null
): Result<{ budgetCents: number; cap: Cap }> {
  const bad = checkValue(Money, budget, "budget");
  if (bad) return fail(bad);
  const cap = capOf(memberSubsidies, capRatio);
  if (!cap.ok) return cap;
  return ok({ budgetCents: wholeCents(budget)!, cap: cap.value });
}

/** `cap.exceeded` (#VALUE!) naming the budget, the cap, the ratio and the excess in €. */
export function overCap(budgetCents: number, cap: Cap): Result<never> {
  return fail({
    code: "#VALUE!",
    message: "cap.exceeded",
    arg: "budget",
    params: {
      budgetEur: toEuros(budgetCents),
      capEur: toEuros(cap.cents),
      ratioPct: cap.ratio,
      overEur: toEuros(budgetCents - cap.cents),
    },
  });
}
