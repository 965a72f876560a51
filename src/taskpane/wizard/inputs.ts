/** What the wizard keeps: the user's text exactly as typed, so nothing is lost or reformatted. */
import type { Language } from "../i18n";
import { defaultCostSharing, type CostSharingInputs } from "./costSharing";

export const FIGURES = [
  "labourForce",
  "workingAge",
  "unemployed",
  "clientsMulti",
  "clientsSkills",
  "clientsCoach",
] as const;
export type FigureKey = (typeof FIGURES)[number];

export interface MemberRow {
  /** Registry code, e.g. "408". */
  readonly code: string;
  readonly figures: Readonly<Record<FigureKey, string>>;
}

export const SCALARS = [
  "minimum",
  "annualChange",
  "years",
  "amount",
  "workingAgeWeight",
  "capRatio",
  "budget",
  "budgetPlan1",
  "budgetPlan2",
  "targetMulti",
  "targetSkills",
  "targetCoach",
  "transferFte",
] as const;
export type ScalarKey = (typeof SCALARS)[number];
/** Scalars that may stay empty: the planning years' budgets default to the budget year's. */
export const OPTIONAL: ReadonlySet<ScalarKey> = new Set<ScalarKey>(["budgetPlan1", "budgetPlan2"]);

export interface WizardInputs {
  readonly members: readonly MemberRow[];
  readonly scalars: Readonly<Record<ScalarKey, string>>;
  /** The date the members' figures are from, "YYYY-MM-DD" (empty until given). */
  readonly asOf: string;
  /**
   * Members' subsidies typed per year (budget year and two planning years) by registry code;
   * an empty or missing entry is the subsidy computed in the subsidy step.
   */
  readonly yearSubsidies: Readonly<Record<string, readonly string[]>>;
  /** How the members share the costs; absent is the joint authority's model (pro rata to subsidy). */
  readonly costSharing?: CostSharingInputs;
}

/** The cost-sharing inputs, the joint authority's model when none were given. */
export const costSharingOf = (i: WizardInputs): CostSharingInputs =>
  i.costSharing ?? defaultCostSharing();

/** The defaults: 20 000 (act 380/2023), −1.4 %/year and 25 years (Kymppi plan), 50 % weight, 95 % cap, 130/170/100 caseloads. */
export function defaultInputs(language: Language): WizardInputs {
  const dec = language === "en" ? "." : ",";
  return {
    members: [],
    scalars: {
      minimum: "20000",
      annualChange: `-1${dec}4`,
      years: "25",
      amount: "",
      workingAgeWeight: "50",
      capRatio: "95",
      budget: "",
      budgetPlan1: "",
      budgetPlan2: "",
      targetMulti: "130",
      targetSkills: "170",
      targetCoach: "100",
      transferFte: "",
    },
    asOf: "",
    yearSubsidies: {},
    costSharing: defaultCostSharing(),
  };
}

/** An empty member row for a registry code. */
export const emptyMember = (code: string): MemberRow => ({
  code,
  figures: {
    labourForce: "",
    workingAge: "",
    unemployed: "",
    clientsMulti: "",
    clientsSkills: "",
    clientsCoach: "",
  },
});
