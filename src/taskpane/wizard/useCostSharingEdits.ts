/**
 * The edits of the cost-sharing inputs: the model, each member's agreed share (typed, or a
 * column pasted from the agreement's table down the members from the one pasted into) and the
 * fixed part.
 */
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
    pasteShares: (code: string, text: string) =>
      setInputs((i) => {
        const at = i.members.findIndex((m) => m.code === code);
        const lines = text
          .split(/\r?\n/)
          .filter((l) => l.trim() !== "")
          .map((l) => l.split("\t")[0].trim());
        const shares = { ...costSharingOf(i).shares };
        lines.forEach((l, k) => {
          const m = i.members[at + k];
          if (m) shares[m.code] = l;
        });
        return { ...i, costSharing: { ...costSharingOf(i), shares } };
      }),
  };
}
