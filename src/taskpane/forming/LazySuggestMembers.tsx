import { lazy, Suspense } from "react";
import type { Wizard } from "../wizard/useWizard";

const SuggestMembers = lazy(() =>
  import(/* webpackChunkName: "suggest" */ "./SuggestMembers").then((m) => ({
    default: m.SuggestMembers,
  }))
);

/**
 * The Area step's suggestion, loaded only once the area is short or not connected: the
 * search and its texts add nothing to the wizard's first screen.
 */
export function LazySuggestMembers({ w }: { readonly w: Wizard }) {
  const short = w.calc.meets === false || w.calc.contiguity?.connected === false;
  return short ? (
    <Suspense fallback={null}>
      <SuggestMembers w={w} />
    </Suspense>
  ) : null;
}
