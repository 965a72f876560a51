/**
 * The field ids the cost-sharing step asks for before going on, by model: the joint
 * authority's cap ratio and subsidies per year; a lead municipality's agreed shares and their
 * sum, and for the fixed-plus-use model the fixed part and the clients it splits the rest by.
 */
import { FIXED_PART_ID, isLeadModel, SHARE_SUM_ID, shareId } from "./costSharing";
import { costSharingOf, FIGURES, type WizardInputs } from "./inputs";
import { figureId, yearSubsidyId } from "./validate";

const BUDGETS = ["budget", "budgetPlan1", "budgetPlan2"];

export function costSharingFields(i: WizardInputs): readonly string[] {
  const { model } = costSharingOf(i);
  if (!isLeadModel(model))
    return [
      "capRatio",
      ...BUDGETS,
      ...i.members.flatMap((m) => [0, 1, 2].map((j) => yearSubsidyId(m.code, j))),
    ];
  const clients =
    model === "fixedUse"
      ? [
          FIXED_PART_ID,
          ...i.members.flatMap((m) => FIGURES.slice(3).map((k) => figureId(m.code, k))),
        ]
      : [];
  return [...BUDGETS, ...i.members.map((m) => shareId(m.code)), SHARE_SUM_ID, ...clients];
}
