/**
 * The example figures of the three-year budget template (`taloussuunnitelma`): Kymppi's
 * members (see `kymppi.ts`) with constructed subsidies and budgets.
 */
import { KYMPPI_LABOUR_FORCE } from "./kymppi";

/**
 * Constructed subsidy per person in cents for the budget year and the two planning years:
 * 248.60 €, then −1.4 % a year rounded to the cent (245.12 €, 241.69 €).
 */
const PER_PERSON_CENTS = [24860, 24512, 24169];
/** Each member's constructed subsidy in each year: labour force × the year's amount, in €. */
export const subsidies = (year: number) =>
  KYMPPI_LABOUR_FORCE.map((lf) => (lf * PER_PERSON_CENTS[year]) / 100);
/** Constructed budgets for the three years (€). */
export const BUDGETS = [6500000, 6450000, 6400000];
