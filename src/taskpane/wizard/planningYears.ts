/**
 * The joint authority's budget year and two planning years, computed by the core's
 * planning-year kernels (each year within its own cap). Each member's subsidy is the one
 * computed in the subsidy step unless typed for that year.
 */
import {
  capHeadroomsByYear,
  memberPaymentsByYear,
  paymentCapsByYear,
  type Result,
} from "../../core";
import type { ScalarKey } from "./inputs";

export interface PlanningYears {
  /** Each member's subsidy in each year: typed, or the computed one. */
  readonly subsidies: readonly (readonly number[])[];
  /** The budget year first, then the two planning years. */
  readonly budgets: readonly number[];
  readonly caps?: readonly number[];
  readonly headrooms?: readonly number[];
  /** One row per member, one column per year. */
  readonly payments?: readonly (readonly number[])[];
}

/** The field of each year's budget. */
export const YEAR_BUDGETS: readonly ScalarKey[] = ["budget", "budgetPlan1", "budgetPlan2"];

/** The three years, and the first failure with the budget field of its year. */
export function planningYears(
  budgets: readonly number[],
  subsidies: readonly number[],
  capRatio: number,
  typed: readonly (readonly (number | undefined)[])[] = []
): { value: PlanningYears; error?: Result<unknown>; field: ScalarKey } {
  const block = subsidies.map((s, i) => budgets.map((_, j) => typed[i]?.[j] ?? s));
  const caps = paymentCapsByYear(block, capRatio);
  const headrooms = capHeadroomsByYear(budgets, block, capRatio);
  const payments = memberPaymentsByYear(budgets, block, capRatio);
  const value = {
    subsidies: block,
    budgets,
    caps: caps.ok ? caps.value : undefined,
    headrooms: headrooms.ok ? headrooms.value : undefined,
    payments: payments.ok ? payments.value : undefined,
  };
  if (payments.ok) return { value, field: "budget" };
  const over = value.headrooms?.findIndex((h) => h < 0) ?? 0;
  return { value, error: payments, field: YEAR_BUDGETS[Math.max(over, 0)] };
}
