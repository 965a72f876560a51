// The formula catalogue as Excel custom functions (namespace TYOALUE). The JSDoc below is the
// English source of functions.json; fi/sv only translate it (src/functions/l10n/). Every body
// is one line: Excel argument shapes -> adapter (-> core) -> Excel value or CustomFunctions.Error.
// Parameters are declared `any` so that blanks, text and booleans reach the adapters and are
// refused with a message instead of being coerced by Excel. Only the webpack entry imports
// this file (the metadata plugin appends CustomFunctions.associate calls to it).
import { adapters as a } from "./adapters";
import { toExcel as x } from "./to-excel";

/**
 * Total labour force of the area: the sum of the members' labour force (people). Example: =TYOALUE.LABOURFORCE(B2:B11)
 * @customfunction LABOURFORCE
 * @helpurl https://localhost:3000/help/en/LABOURFORCE.html
 * @param labourForce Labour force of each member municipality (people, whole numbers), one column or row.
 * @returns People in the labour force.
 */
export function labourForce(labourForce: any[][]): number {
  return x(a.LABOURFORCE(labourForce));
}

/**
 * TRUE when the area's labour force is at least the minimum (20 000, act 380/2023). Example: =TYOALUE.MEETSMINIMUM(B2:B11)
 * @customfunction MEETSMINIMUM
 * @helpurl https://localhost:3000/help/en/MEETSMINIMUM.html
 * @param labourForce Labour force of each member municipality (people), one column or row.
 * @param [minimum] Required labour force (people). Default 20000.
 * @returns TRUE when the minimum is met.
 */
export function meetsMinimum(labourForce: any[][], minimum?: any): boolean {
  return x(a.MEETSMINIMUM(labourForce, minimum));
}

/**
 * How many people the area is short of the minimum; 0 when it is met. Example: =TYOALUE.SHORTFALL(B2:B11) gives 1500 for 18 500 people.
 * @customfunction SHORTFALL
 * @helpurl https://localhost:3000/help/en/SHORTFALL.html
 * @param labourForce Labour force of each member municipality (people), one column or row.
 * @param [minimum] Required labour force (people). Default 20000.
 * @returns People short of the minimum.
 */
export function shortfall(labourForce: any[][], minimum?: any): number {
  return x(a.SHORTFALL(labourForce, minimum));
}

/**
 * Whole years the labour force stays at or above the minimum under a constant yearly change. Example: =TYOALUE.YEARSABOVEMINIMUM(28616,-0.014)
 * @customfunction YEARSABOVEMINIMUM
 * @helpurl https://localhost:3000/help/en/YEARSABOVEMINIMUM.html
 * @param labourForce Labour force today (people): one number or the members' figures.
 * @param annualChange Yearly change as a fraction: -0.014 for a 1.4 % decline.
 * @param [minimum] Required labour force (people). Default 20000.
 * @param [horizon] Most years to look ahead. Default 100.
 * @returns Years at or above the minimum (#N/A when already below).
 */
export function yearsAboveMinimum(
  labourForce: any[][],
  annualChange: any,
  minimum?: any,
  horizon?: any
): number {
  return x(a.YEARSABOVEMINIMUM(labourForce, annualChange, minimum, horizon));
}

/**
 * Labour force year by year under a constant yearly change: a column of years+1 values, year 0 first, unrounded. Example: =TYOALUE.PROJECTLABOURFORCE(28616,-0.014,10)
 * @customfunction PROJECTLABOURFORCE
 * @helpurl https://localhost:3000/help/en/PROJECTLABOURFORCE.html
 * @param labourForce Labour force today (people): one number or the members' figures.
 * @param annualChange Yearly change as a fraction: -0.014 for a 1.4 % decline.
 * @param years Number of years to project (whole number).
 * @returns A column of projected labour force, year 0 first.
 */
export function projectLabourForce(labourForce: any[][], annualChange: any, years: any): any[][] {
  return x(a.PROJECTLABOURFORCE(labourForce, annualChange, years));
}

/**
 * TRUE when the municipalities form one geographically connected area (2025 borders). Example: =TYOALUE.CONTIGUOUS(A2:A11)
 * @customfunction CONTIGUOUS
 * @helpurl https://localhost:3000/help/en/CONTIGUOUS.html
 * @param municipalities Member municipalities: codes ("005" or 5) or Finnish or Swedish names.
 * @param [neighbourPairs] Optional n×2 range of neighbouring pairs that replaces the bundled 2025 adjacency.
 * @returns TRUE when the members are connected.
 */
export function contiguous(municipalities: any[][], neighbourPairs?: any[][]): boolean {
  return x(a.CONTIGUOUS(municipalities, neighbourPairs));
}

/**
 * The municipality's neighbours (2025 borders) as a sorted column of Finnish names. Example: =TYOALUE.NEIGHBOURS("Kannus")
 * @customfunction NEIGHBOURS
 * @helpurl https://localhost:3000/help/en/NEIGHBOURS.html
 * @param municipality A municipality code ("005" or 5) or its Finnish or Swedish name.
 * @returns A column of neighbouring municipalities.
 */
export function neighbours(municipality: any): any[][] {
  return x(a.NEIGHBOURS(municipality));
}

/**
 * Looks up a municipality: its code (3 digits as text), Finnish or Swedish name, or region; a range gives a list in its orientation. Example: =TYOALUE.MUNICIPALITY(5,"sv")
 * @customfunction MUNICIPALITY
 * @helpurl https://localhost:3000/help/en/MUNICIPALITY.html
 * @param municipality A municipality code ("005" or 5), its Finnish or Swedish name or a Statistics Finland label ("KU005 Alajärvi"), or a range of them.
 * @param [field] What to return: "code", "fi", "sv" or "region". Default "fi".
 * @returns The requested field, one per municipality.
 */
export function municipality(municipality: any[][], field?: any): any[][] {
  return x(a.MUNICIPALITY(municipality, field));
}

/**
 * Each municipality's share of the employment-services state subsidy: weight × working-age share + (1 − weight) × unemployed share. Example: =TYOALUE.SUBSIDYSHARES(B2:B11,C2:C11)
 * @customfunction SUBSIDYSHARES
 * @helpurl https://localhost:3000/help/en/SUBSIDYSHARES.html
 * @param workingAge Population aged 18–64 in each municipality (people).
 * @param unemployed Broadly unemployed in each municipality (people), same length.
 * @param [workingAgeWeight] Weight of the working-age criterion as a fraction. Default 0.5.
 * @returns Shares (fractions summing to 1), spilled like the input.
 */
export function subsidyShares(
  workingAge: any[][],
  unemployed: any[][],
  workingAgeWeight?: any
): any[][] {
  return x(a.SUBSIDYSHARES(workingAge, unemployed, workingAgeWeight));
}

/**
 * Splits a subsidy amount (€) between municipalities by the subsidy shares, in cents that add up exactly. Example: =TYOALUE.SUBSIDYALLOCATION(10000000,B2:B11,C2:C11)
 * @customfunction SUBSIDYALLOCATION
 * @helpurl https://localhost:3000/help/en/SUBSIDYALLOCATION.html
 * @param amount Amount to split (€, whole cents).
 * @param workingAge Population aged 18–64 in each municipality (people).
 * @param unemployed Broadly unemployed in each municipality (people), same length.
 * @param [workingAgeWeight] Weight of the working-age criterion as a fraction. Default 0.5.
 * @returns Euros per municipality, spilled like the input.
 */
export function subsidyAllocation(
  amount: any,
  workingAge: any[][],
  unemployed: any[][],
  workingAgeWeight?: any
): any[][] {
  return x(a.SUBSIDYALLOCATION(amount, workingAge, unemployed, workingAgeWeight));
}

/**
 * Splits an amount by several weighted criteria (largest remainder in units of step); the parts add up exactly. Example: =TYOALUE.ALLOCATE(1000,B2:D11,F2:F4)
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help/en/ALLOCATE.html
 * @param amount Amount to split (a whole number of steps).
 * @param criteria One row per recipient, one column per criterion (n×k, figures ≥ 0, e.g. people or euros).
 * @param weights One weight per criterion (k fractions summing to 1).
 * @param [step] Smallest unit handed out. Default 0.01 (cents).
 * @returns One part per row of criteria.
 */
export function allocate(amount: any, criteria: any[][], weights: any[][], step?: any): any[][] {
  return x(a.ALLOCATE(amount, criteria, weights, step));
}

/**
 * The largest budget a joint authority may take into account: capRatio × the members' subsidies, rounded down to a whole cent (€); a members × years block gives each year's cap. Example: =TYOALUE.PAYMENTCAP(B2:B11)
 * @customfunction PAYMENTCAP
 * @helpurl https://localhost:3000/help/en/PAYMENTCAP.html
 * @param memberSubsidies Each member's employment-services state subsidy (€).
 * @param [capRatio] Share of the subsidies the budget may use, as a fraction. Default 0.95.
 * @returns The cap in euros (a row of caps for a block of years).
 */
export function paymentCap(memberSubsidies: any[][], capRatio?: any): any[][] {
  return x(a.PAYMENTCAP(memberSubsidies, capRatio));
}

/**
 * Each member's payment to the joint authority, pro rata to its subsidy, in cents adding up to the budget; a row of yearly budgets gives each year's payments within its own cap. Example: =TYOALUE.MEMBERPAYMENTS(9000000,B2:B11)
 * @customfunction MEMBERPAYMENTS
 * @helpurl https://localhost:3000/help/en/MEMBERPAYMENTS.html
 * @param budget The authority's budget (€, whole cents), or a row of one budget per planning year; refused when above the cap.
 * @param memberSubsidies Each member's employment-services state subsidy (€).
 * @param [capRatio] Share of the subsidies the budget may use, as a fraction. Default 0.95.
 * @returns Euros per member, spilled like the input.
 */
export function memberPayments(budget: any[][], memberSubsidies: any[][], capRatio?: any): any[][] {
  return x(a.MEMBERPAYMENTS(budget, memberSubsidies, capRatio));
}

/**
 * Room left under the payment cap: cap − budget (€); negative when the budget is over. Example: =TYOALUE.CAPHEADROOM(9000000,B2:B11)
 * @customfunction CAPHEADROOM
 * @helpurl https://localhost:3000/help/en/CAPHEADROOM.html
 * @param budget The authority's budget (€), or a row of one budget per planning year.
 * @param memberSubsidies Each member's employment-services state subsidy (€).
 * @param [capRatio] Share of the subsidies the budget may use, as a fraction. Default 0.95.
 * @returns Euros under the cap (a row for a row of years).
 */
export function capHeadroom(budget: any[][], memberSubsidies: any[][], capRatio?: any): any[][] {
  return x(a.CAPHEADROOM(budget, memberSubsidies, capRatio));
}

/**
 * Staff needed (FTE) for a number of clients at a caseload target, rounded up to whole steps. Example: =TYOALUE.STAFFNEEDED(3762,130) gives 29.
 * @customfunction STAFFNEEDED
 * @helpurl https://localhost:3000/help/en/STAFFNEEDED.html
 * @param clients Clients (whole number), or a range with one row per service line.
 * @param caseloadTarget Clients per official (e.g. 130), or a range of the same shape.
 * @param [step] FTE unit to round up to. Default 1.
 * @returns FTE, one per service line when ranges are given.
 */
export function staffNeeded(clients: any[][], caseloadTarget: any[][], step?: any): any[][] {
  return x(a.STAFFNEEDED(clients, caseloadTarget, step));
}

/**
 * Clients per FTE. Example: =TYOALUE.CASELOAD(3762,30) gives 125.4.
 * @customfunction CASELOAD
 * @helpurl https://localhost:3000/help/en/CASELOAD.html
 * @param clients Clients (whole number).
 * @param fte Staff in FTE (greater than 0).
 * @returns Clients per FTE.
 */
export function caseload(clients: any, fte: any): number {
  return x(a.CASELOAD(clients, fte));
}

/**
 * Splits staff (FTE) between municipalities by client counts, in units of step, adding up exactly. Example: =TYOALUE.STAFFALLOCATION(14.2,B2:B5)
 * @customfunction STAFFALLOCATION
 * @helpurl https://localhost:3000/help/en/STAFFALLOCATION.html
 * @param totalFte Staff to split (FTE, a whole number of steps).
 * @param clients Clients in each municipality (whole numbers).
 * @param [step] Smallest FTE unit handed out. Default 0.1.
 * @returns FTE per municipality, spilled like the input.
 */
export function staffAllocation(totalFte: any, clients: any[][], step?: any): any[][] {
  return x(a.STAFFALLOCATION(totalFte, clients, step));
}

/**
 * The municipality's share (a fraction) of the unemployment benefit for the n-th accumulated benefit day. Example: =TYOALUE.BENEFITSHARE(150) gives 0.1.
 * @customfunction BENEFITSHARE
 * @helpurl https://localhost:3000/help/en/BENEFITSHARE.html
 * @param benefitDay Accumulated benefit day (whole number, 1 or more).
 * @param [model] 2025 (the incentive model), 2015 (2015–2024) or 2006 (2006–2014). Default 2025.
 * @param [bands] Optional 3-column band table (from day, to day or blank, share) replacing the built-in one.
 * @returns The municipal share as a fraction.
 */
export function benefitShare(benefitDay: any, model?: any, bands?: any[][]): number {
  return x(a.BENEFITSHARE(benefitDay, model, bands));
}

/**
 * What the municipality pays for benefit days daysBefore+1 … daysBefore+days (€, cents). Example: =TYOALUE.BENEFITCOST(100,20) gives 74.42.
 * @customfunction BENEFITCOST
 * @helpurl https://localhost:3000/help/en/BENEFITCOST.html
 * @param daysBefore Benefit days already accumulated (whole number).
 * @param days Benefit days to cost (whole number).
 * @param [dailyAmount] Basic daily amount (€/day). Default 37.21 (2025).
 * @param [model] 2025 (the incentive model), 2015 (2015–2024) or 2006 (2006–2014). Default 2025.
 * @param [bands] Optional 3-column band table (from day, to day or blank, share) replacing the built-in one.
 * @returns Euros the municipality pays.
 */
export function benefitCost(
  daysBefore: any,
  days: any,
  dailyAmount?: any,
  model?: any,
  bands?: any[][]
): number {
  return x(a.BENEFITCOST(daysBefore, days, dailyAmount, model, bands));
}

/**
 * The benefit band table: from day, to day (blank = open), municipal share. Example: =TYOALUE.BENEFITBANDS(2025)
 * @customfunction BENEFITBANDS
 * @helpurl https://localhost:3000/help/en/BENEFITBANDS.html
 * @param [model] 2025 (the incentive model), 2015 (2015–2024) or 2006 (2006–2014). Default 2025.
 * @returns A 3-column table, one row per band.
 */
export function benefitBands(model?: any): any[][] {
  return x(a.BENEFITBANDS(model));
}
