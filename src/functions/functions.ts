/* eslint-disable @typescript-eslint/no-explicit-any */
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
export function yearsAboveMinimum(labourForce: any[][], annualChange: any, minimum?: any, horizon?: any): number {
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
 * Looks up a municipality: its code (3 digits as text), Finnish or Swedish name, or region. Example: =TYOALUE.MUNICIPALITY(5,"sv")
 * @customfunction MUNICIPALITY
 * @helpurl https://localhost:3000/help/en/MUNICIPALITY.html
 * @param municipality A municipality code ("005" or 5) or its Finnish or Swedish name.
 * @param [field] What to return: "code", "fi", "sv" or "region". Default "fi".
 * @returns The requested field.
 */
export function municipality(municipality: any, field?: any): string {
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
export function subsidyShares(workingAge: any[][], unemployed: any[][], workingAgeWeight?: any): any[][] {
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
export function subsidyAllocation(amount: any, workingAge: any[][], unemployed: any[][], workingAgeWeight?: any): any[][] {
  return x(a.SUBSIDYALLOCATION(amount, workingAge, unemployed, workingAgeWeight));
}

/**
 * Splits an amount by several weighted criteria (largest remainder in units of step); the parts add up exactly. Example: =TYOALUE.ALLOCATE(1000,B2:D11,F2:F4)
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help/en/ALLOCATE.html
 * @param amount Amount to split (a whole number of steps).
 * @param criteria One row per recipient, one column per criterion (n×k, whole numbers ≥ 0).
 * @param weights One weight per criterion (k fractions summing to 1).
 * @param [step] Smallest unit handed out. Default 0.01 (cents).
 * @returns One part per row of criteria.
 */
export function allocate(amount: any, criteria: any[][], weights: any[][], step?: any): any[][] {
  return x(a.ALLOCATE(amount, criteria, weights, step));
}
