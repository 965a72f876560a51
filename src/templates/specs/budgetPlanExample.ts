/** The example figures of the three-year budget template (`taloussuunnitelma`). */

/** Kymppi joint authority's ten members (basic agreement 25.9.2023, § 2). */
export const KYMPPI = [
  "Alajärvi",
  "Alavus",
  "Evijärvi",
  "Kauhava",
  "Kuortane",
  "Lappajärvi",
  "Lapua",
  "Soini",
  "Vimpeli",
  "Ähtäri",
];
/** Constructed labour force per member, as in the area template (Σ 28 616, the Kymppi plan). */
const LABOUR_FORCE = [3879, 4588, 1001, 6215, 1460, 1210, 5881, 834, 1210, 2338];
/**
 * Constructed subsidy per person in cents for the budget year and the two planning years:
 * 248.60 €, then −1.4 % a year rounded to the cent (245.12 €, 241.69 €).
 */
const PER_PERSON_CENTS = [24860, 24512, 24169];
/** Each member's constructed subsidy in each year: labour force × the year's amount, in €. */
export const subsidies = (year: number) =>
  LABOUR_FORCE.map((lf) => (lf * PER_PERSON_CENTS[year]) / 100);
/** Constructed budgets for the three years (€). */
export const BUDGETS = [6500000, 6450000, 6400000];
