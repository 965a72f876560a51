import {
  DEFAULT_BENEFIT_MODEL,
  DEFAULT_CAP_RATIO,
  DEFAULT_WORKING_AGE_WEIGHT,
  MINIMUM_LABOUR_FORCE,
} from "../../core";
import type { Parameter } from "./entry";

/*
 * The parameters several functions take, declared once: kind, default and localized names.
 * An entry lists them as they are (`[p.labourForce, p.minimum]`) or with what is its own
 * (`{ ...p.labourForce, pairedWith: "municipalities" }`). Their help texts are in
 * sharedParameterTexts.ts (read only by the build).
 */

// Employment area
export const labourForce = {
  id: "labourForce",
  kind: "counts",
  name: { fi: "työvoima", sv: "arbetskraft" },
} as const satisfies Parameter;

export const minimum = {
  id: "minimum",
  kind: "count",
  optional: true,
  defaultValue: MINIMUM_LABOUR_FORCE,
  name: { fi: "vähimmäismäärä", sv: "minimum" },
} as const satisfies Parameter;

export const annualChange = {
  id: "annualChange",
  kind: "change",
  name: { fi: "vuosimuutos", sv: "årlig_förändring" },
} as const satisfies Parameter;

export const municipalities = {
  id: "municipalities",
  kind: "names",
  name: { fi: "kunnat", sv: "kommuner" },
} as const satisfies Parameter;

export const neighbourPairs = {
  id: "neighbourPairs",
  kind: "pairs",
  optional: true,
  name: { fi: "naapuriparit", sv: "grannpar" },
} as const satisfies Parameter;

// Subsidies and payments
export const workingAge = {
  id: "workingAge",
  kind: "counts",
  name: { fi: "työikäiset", sv: "arbetsför_ålder" },
} as const satisfies Parameter;

export const unemployed = {
  id: "unemployed",
  kind: "counts",
  pairedWith: "workingAge",
  name: { fi: "työttömät", sv: "arbetslösa" },
} as const satisfies Parameter;

export const workingAgeWeight = {
  id: "workingAgeWeight",
  kind: "ratio",
  optional: true,
  defaultValue: DEFAULT_WORKING_AGE_WEIGHT,
  name: { fi: "työikäisten_paino", sv: "vikt_arbetsför_ålder" },
} as const satisfies Parameter;

export const budget = {
  id: "budget",
  kind: "budgets",
  name: { fi: "talousarvio", sv: "budget" },
} as const satisfies Parameter;

export const memberSubsidies = {
  id: "memberSubsidies",
  kind: "yearTable",
  name: { fi: "jäsenten_valtionosuudet", sv: "medlemmarnas_statsandelar" },
} as const satisfies Parameter;

export const capRatio = {
  id: "capRatio",
  kind: "ratio",
  optional: true,
  defaultValue: DEFAULT_CAP_RATIO,
  name: { fi: "kattosuhde", sv: "takandel" },
} as const satisfies Parameter;

// Staff
export const clients = {
  id: "clients",
  kind: "counts",
  name: { fi: "asiakkaat", sv: "klienter" },
} as const satisfies Parameter;

/** The unit handed out or rounded to; each function adds its own default (a cent, an FTE step). */
export const step = {
  id: "step",
  kind: "positive",
  optional: true,
  name: { fi: "askel", sv: "steg" },
} as const satisfies Parameter;

// Benefits
export const model = {
  id: "model",
  kind: "model",
  optional: true,
  defaultValue: DEFAULT_BENEFIT_MODEL,
  name: { fi: "malli", sv: "modell" },
} as const satisfies Parameter;

export const bands = {
  id: "bands",
  kind: "bands",
  optional: true,
  name: { fi: "portaat", sv: "trappor" },
} as const satisfies Parameter;
