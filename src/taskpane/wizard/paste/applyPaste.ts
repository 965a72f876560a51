/** A confirmed paste plan applied to the wizard's inputs (a new object; the old one is the undo). */
import { emptyMember, type WizardInputs } from "../inputs";
import type { PastePlan } from "./pasteTable";

/** Adds the plan's new members (at the end) and sets every planned figure. */
export function applyPaste(inputs: WizardInputs, plan: PastePlan): WizardInputs {
  const members = [...inputs.members, ...plan.added.map(emptyMember)].map((m) => {
    const mine = plan.updates.filter((u) => u.code === m.code);
    if (mine.length === 0) return m;
    const figures = { ...m.figures };
    for (const u of mine) figures[u.key] = u.value;
    return { ...m, figures };
  });
  return { ...inputs, members };
}
