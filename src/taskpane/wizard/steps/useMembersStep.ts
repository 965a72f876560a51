import { useCallback, useMemo, useRef } from "react";
import { FIGURES, type FigureKey } from "../inputs";
import type { Wizard } from "../useWizard";
import { figureId } from "../validate";

/** A member figure's mark under the table: its error, or else its warning. */
export interface FigureMessage {
  readonly id: string;
  readonly text: string;
  readonly error: boolean;
}

/**
 * The members step's state: the members and their figures, each figure's mark, the columns'
 * totals, the pending paste, and the edits — as stable callbacks, so a keystroke re-renders
 * only the row typed in.
 */
export function useMembersStep(w: Wizard) {
  const latest = useRef(w);
  latest.current = w;
  const { inputs, validation } = w;
  const onFigure = useCallback(
    (c: string, k: FigureKey, v: string) => latest.current.setFigure(c, k, v),
    []
  );
  const onTouch = useCallback((id: string) => latest.current.touch(id), []);
  const onPaste = useCallback(
    (c: string, k: FigureKey, x: string) => latest.current.paste.paste(c, k, x),
    []
  );
  const onRemove = useCallback((c: string) => latest.current.removeMember(c), []);
  const onAdd = useCallback((c: string) => latest.current.addMember(c), []);
  const onAddMany = useCallback((cs: readonly string[]) => latest.current.addMembers(cs), []);
  const onStatus = useCallback((x: string) => latest.current.setStatus(x), []);
  const onReadSelection = useCallback(() => void latest.current.readSelection(), []);
  const onAsOf = useCallback((date: string) => latest.current.setAsOf(date), []);
  /** Each column's sum of valid figures, undefined while any is missing. */
  const totals = useMemo(() => {
    const sums: Partial<Record<FigureKey, number>> = {};
    for (const k of FIGURES) {
      const xs = inputs.members.map((m) => validation.values.get(figureId(m.code, k)));
      if (xs.every((x) => x !== undefined)) sums[k] = xs.reduce((a, b) => a + b!, 0)!;
    }
    return sums;
  }, [inputs.members, validation]);
  const messages: FigureMessage[] = inputs.members.flatMap((m) =>
    FIGURES.flatMap((k) => {
      const id = figureId(m.code, k);
      const error = w.errorOf(id);
      const text = error ?? w.warnings.get(id);
      return text ? [{ id, text, error: error !== undefined }] : [];
    })
  );
  return {
    t: w.t,
    language: w.language,
    members: inputs.members,
    name: w.name,
    asOf: inputs.asOf,
    onAsOf,
    pickerError: w.errorOf("members"),
    /** The ids of the figures shown as invalid. */
    invalid: new Set(messages.filter((m) => m.error).map((m) => m.id)),
    messages,
    totals,
    paste: w.paste,
    onFigure,
    onTouch,
    onPaste,
    onRemove,
    onAdd,
    onAddMany,
    onStatus,
    onReadSelection,
  };
}

export type MembersStepProps = ReturnType<typeof useMembersStep>;
