/**
 * Validates the wizard's inputs with the core's zod value domains and renders each failure
 * with the core's message catalog, naming the field as the user sees it. Returns the
 * messages by field id and, when everything is valid, the parsed plan.
 */
import { Change, Count, Money, Positive, Ratio, wholeNumber, type Domain } from "../../core";
import type { Language, UiStrings } from "../i18n";
import type { PlanInputs } from "../sheet/PlanInputs";
import { isLeadModel } from "./costSharing";
import {
  costSharingOf,
  FIGURES,
  OPTIONAL,
  SCALARS,
  type FigureKey,
  type ScalarKey,
  type WizardInputs,
} from "./inputs";
import { checkField } from "./checkField";
import { planCostSharing } from "./planCostSharing";
import { validateCostSharing } from "./validateCostSharing";

/** Domain of each field; `shift` −2 for fields entered in per cent. */
const SCALAR_RULES: Readonly<Record<ScalarKey, { domain: Domain; shift?: number }>> = {
  minimum: { domain: Count },
  annualChange: { domain: Change, shift: -2 },
  years: { domain: wholeNumber(100, 1) },
  amount: { domain: Money },
  workingAgeWeight: { domain: Ratio, shift: -2 },
  capRatio: { domain: Ratio, shift: -2 },
  budget: { domain: Money },
  budgetPlan1: { domain: Money },
  budgetPlan2: { domain: Money },
  targetMulti: { domain: Positive },
  targetSkills: { domain: Positive },
  targetCoach: { domain: Positive },
  transferFte: { domain: Positive },
};

const FIGURE_LABEL: Readonly<Record<FigureKey, keyof UiStrings>> = {
  labourForce: "colLabourForce",
  workingAge: "colWorkingAge",
  unemployed: "colUnemployed",
  clientsMulti: "colMulti",
  clientsSkills: "colSkills",
  clientsCoach: "colCoach",
};

/** Field id of a member's subsidy typed for year `year` (0 = the budget year). */
export const yearSubsidyId = (code: string, year: number): string => `y:${code}:${year}`;

/** Field id of a member's figure. */
export const figureId = (code: string, key: FigureKey): string => `m:${code}:${key}`;

export { checkField };

export interface Validation {
  /** Localized message per field id ("members", a scalar key or a figure id). */
  readonly errors: ReadonlyMap<string, string>;
  /** Parsed numbers by field id (valid fields only). */
  readonly values: ReadonlyMap<string, number>;
}

/** Validates everything; `scalarLabel` and `memberName` give the names the user sees. */
export function validate(
  inputs: WizardInputs,
  language: Language,
  t: UiStrings,
  scalarLabel: (k: ScalarKey) => string,
  memberName: (code: string) => string
): Validation {
  const errors = new Map<string, string>();
  const values = new Map<string, number>();
  const record = (id: string, r: number | string) =>
    typeof r === "number" ? values.set(id, r) : errors.set(id, r);
  if (inputs.members.length === 0) errors.set("members", t.needMembers);
  for (const m of inputs.members)
    for (const key of FIGURES)
      record(
        figureId(m.code, key),
        checkField(
          m.figures[key],
          Count,
          `${t[FIGURE_LABEL[key]] as string} (${memberName(m.code)})`,
          language,
          t
        )
      );
  for (const m of inputs.members)
    (inputs.yearSubsidies[m.code] ?? []).forEach((typed, j) => {
      if (typed.trim() === "") return;
      const label = `${t.yearSubsidy}, ${t.yearNames[j]} (${memberName(m.code)})`;
      record(yearSubsidyId(m.code, j), checkField(typed, Money, label, language, t));
    });
  validateCostSharing(inputs, language, t, memberName, record);
  // A lead municipality's budget is not the joint authority's: its messages name it so.
  const lead = isLeadModel(costSharingOf(inputs).model);
  const label = (k: ScalarKey) => (lead && k === "budget" ? t.leadBudget : scalarLabel(k));
  for (const key of SCALARS) {
    const rule = SCALAR_RULES[key];
    if (OPTIONAL.has(key) && inputs.scalars[key].trim() === "") continue;
    record(key, checkField(inputs.scalars[key], rule.domain, label(key), language, t, rule.shift));
  }
  return { errors, values };
}

/** The plan for the sheet, or undefined while any field is invalid. */
export function toPlan(
  inputs: WizardInputs,
  v: Validation,
  memberName: (code: string) => string
): PlanInputs | undefined {
  if (v.errors.size > 0) return undefined;
  const n = (id: string) => v.values.get(id)!;
  return {
    members: inputs.members.map((m) => ({
      code: m.code,
      name: memberName(m.code),
      labourForce: n(figureId(m.code, "labourForce")),
      workingAge: n(figureId(m.code, "workingAge")),
      unemployed: n(figureId(m.code, "unemployed")),
      clients: [
        n(figureId(m.code, "clientsMulti")),
        n(figureId(m.code, "clientsSkills")),
        n(figureId(m.code, "clientsCoach")),
      ],
    })),
    minimum: n("minimum"),
    annualChange: n("annualChange"),
    years: n("years"),
    amount: n("amount"),
    workingAgeWeight: n("workingAgeWeight"),
    capRatio: n("capRatio"),
    budget: n("budget"),
    yearSubsidies: inputs.members.map((m) =>
      [0, 1, 2].map((j) => v.values.get(yearSubsidyId(m.code, j)))
    ),
    planningBudgets: [
      v.values.get("budgetPlan1") ?? n("budget"),
      v.values.get("budgetPlan2") ?? n("budget"),
    ],
    targets: [n("targetMulti"), n("targetSkills"), n("targetCoach")],
    transferFte: n("transferFte"),
    costSharing: planCostSharing(inputs, v),
  };
}
