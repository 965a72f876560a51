/** The edits of the cost-sharing inputs: the model, each member's agreed share and the fixed part. */
import type { CostModel, CostSharingInputs } from "./costSharing";
import { costSharingOf, type WizardInputs } from "./inputs";

export function useCostSharingEdits(setInputs: (f: (i: WizardInputs) => WizardInputs) => void) {
  const edit = (f: (c: CostSharingInputs) => CostSharingInputs) =>
    setInputs((i) => ({ ...i, costSharing: f(costSharingOf(i)) }));
  return {
    setCostModel: (model: CostModel) => edit((c) => ({ ...c, model })),
    setShare: (code: string, value: string) =>
      edit((c) => ({ ...c, shares: { ...c.shares, [code]: value } })),
    setFixedPart: (fixedPart: string) => edit((c) => ({ ...c, fixedPart })),
  };
}
