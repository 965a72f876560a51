import { lazy, Suspense } from "react";
import type { Wizard } from "../wizard/useWizard";

const SuggestMembers = lazy(() =>
  import(/* webpackChunkName: "suggest" */ "./SuggestMembers").then((m) => ({
    default: m.SuggestMembers,
  }))
);

/** What the suggestion reads and does: the members, their figures, and adding to them. */
export type SuggestSlice = Pick<
  Wizard,
  "language" | "inputs" | "validation" | "calc" | "name" | "addMembers" | "setFigure" | "setStatus"
>;

/** The Area step's slice for the suggestion. */
export const suggestSlice = (w: Wizard): SuggestSlice => ({
  language: w.language,
  inputs: w.inputs,
  validation: w.validation,
  calc: w.calc,
  name: w.name,
  addMembers: w.addMembers,
  setFigure: w.setFigure,
  setStatus: w.setStatus,
});

/**
 * The Area step's suggestion, loaded only once the area is short or not connected: the
 * search and its texts add nothing to the wizard's first screen.
 */
export function LazySuggestMembers({
  w,
  onSuggested,
}: {
  readonly w: SuggestSlice;
  /** Told the codes the suggestion would add (none when there is no suggestion). */
  readonly onSuggested?: (codes: readonly string[]) => void;
}) {
  const short = w.calc.meets === false || w.calc.contiguity?.connected === false;
  return short ? (
    <Suspense fallback={null}>
      <SuggestMembers w={w} onSuggested={onSuggested} />
    </Suspense>
  ) : null;
}
