/**
 * The members table's paste: planned by name (pasteTable), shown first when anything has no
 * exact match, applied in one step, and undoable (the inputs before the last paste are kept).
 */
import { useState } from "react";
import { fill, type UiStrings } from "../../i18n";
import type { FigureKey, WizardInputs } from "../inputs";
import { applyPaste } from "./applyPaste";
import { needsConfirmation, pasteTable, type PastePlan } from "./pasteTable";

export interface PasteDeps {
  readonly t: UiStrings;
  readonly inputs: WizardInputs;
  readonly setInputs: (f: (i: WizardInputs) => WizardInputs) => void;
  readonly setStatus: (s: string) => void;
}

export function usePaste({ t, inputs, setInputs, setStatus }: PasteDeps) {
  const [pending, setPending] = useState<PastePlan>();
  const [before, setBefore] = useState<WizardInputs>();
  const apply = (plan: PastePlan) => {
    setBefore(inputs);
    setInputs((i) => applyPaste(i, plan));
    setPending(undefined);
    setStatus(fill(t.pasteDone, { count: plan.updates.length }));
  };
  return {
    pending,
    canUndo: before !== undefined,
    /** Plans a paste into member `code`'s figure `key`; applies it at once when every row matched. */
    paste(code: string, key: FigureKey, text: string) {
      const codes = inputs.members.map((m) => m.code);
      const plan = pasteTable(text, codes, { code, key });
      if (needsConfirmation(plan)) setPending(plan);
      else apply(plan);
    },
    confirm: () => pending && apply(pending),
    cancel: () => setPending(undefined),
    undo() {
      if (!before) return;
      setInputs(() => before);
      setBefore(undefined);
      setStatus(t.pasteUndone);
    },
  };
}

export type Paste = ReturnType<typeof usePaste>;
