/**
 * The members table's paste: planned by name (pasteTable), shown first when anything has no
 * exact match, applied in one step, and undoable (the inputs before the last paste are kept).
 * Both belong to one scenario: when `scope` changes they are forgotten, so an undo never puts
 * one scenario's inputs into another.
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
  /** Changes when another scenario becomes current. */
  readonly scope?: number;
}

interface PasteState {
  readonly scope?: number;
  readonly pending?: PastePlan;
  readonly before?: WizardInputs;
}

export function usePaste({ t, inputs, setInputs, setStatus, scope }: PasteDeps) {
  const [state, setState] = useState<PasteState>({ scope });
  const { pending, before } = state.scope === scope ? state : ({} as PasteState);
  const setPending = (p: PastePlan | undefined) => setState({ scope, before, pending: p });
  const setBefore = (b: WizardInputs | undefined) => setState({ scope, pending, before: b });
  const apply = (plan: PastePlan) => {
    setState({ scope, before: inputs, pending: undefined });
    setInputs((i) => applyPaste(i, plan));
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
