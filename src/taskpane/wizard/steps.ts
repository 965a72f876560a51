/**
 * The wizard's steps, defined once: each step's component and the field ids it asks for
 * before going on. Adding a step is its files plus one entry here (and its title in the
 * texts' `steps`). A step's state hook picks from the wizard only what the step uses. The
 * first step comes with the wizard; the later ones' components load when first shown (their
 * hooks stay here: they run on every render of the wizard's step).
 */
import { lazy, type ComponentType } from "react";
import { costSharingFields } from "./costSharingFields";
import { FIGURES, type FigureKey, type WizardInputs } from "./inputs";
import { MembersStep } from "./steps/MembersStep";
import { useAreaStep } from "./steps/useAreaStep";
import { useAuthorityStep } from "./steps/useAuthorityStep";
import { useMembersStep } from "./steps/useMembersStep";
import { useStaffingStep } from "./steps/useStaffingStep";
import { useSubsidyStep } from "./steps/useSubsidyStep";
import { useSummaryStep } from "./steps/useSummaryStep";

// The later steps' components, one chunk: loaded when the user first leaves step 1.
const AreaStep = lazy(() =>
  import(/* webpackChunkName: "steps" */ "./steps/AreaStep").then((m) => ({ default: m.AreaStep }))
);
const SubsidyStep = lazy(() =>
  import(/* webpackChunkName: "steps" */ "./steps/SubsidyStep").then((m) => ({
    default: m.SubsidyStep,
  }))
);
const AuthorityStep = lazy(() =>
  import(/* webpackChunkName: "steps" */ "./steps/AuthorityStep").then((m) => ({
    default: m.AuthorityStep,
  }))
);
const StaffingStep = lazy(() =>
  import(/* webpackChunkName: "steps" */ "./steps/StaffingStep").then((m) => ({
    default: m.StaffingStep,
  }))
);
const SummaryStep = lazy(() =>
  import(/* webpackChunkName: "steps" */ "./steps/SummaryStep").then((m) => ({
    default: m.SummaryStep,
  }))
);
import type { Wizard } from "./useWizard";
import { figureId } from "./validate";

export interface StepDef<P extends object = object> {
  readonly Component: ComponentType<P>;
  /** The step's state hook: its slice of the wizard and the capabilities it needs. */
  readonly useStep: (w: Wizard) => P;
  /** Field ids that must be valid before Next (only what this step's results need). */
  readonly fields: (inputs: WizardInputs) => readonly string[];
  /** Field ids shown on the step, when more than `fields`: a wrong value typed there also holds Next. */
  readonly shows?: (inputs: WizardInputs) => readonly string[];
}

type StepUi<P extends object> = Pick<StepDef<P>, "Component" | "useStep">;
/** Erases a step's props type for the list (its hook and its component agree on it). */
const ui = <P extends object>(u: StepUi<P>) => u as unknown as StepUi<object>;

const figures = (keys: readonly FigureKey[]) => (i: WizardInputs) =>
  i.members.flatMap((m) => keys.map((k) => figureId(m.code, k)));

export const STEPS: readonly StepDef[] = [
  {
    ...ui({ Component: MembersStep, useStep: useMembersStep }),
    fields: (i) => ["members", ...figures(["labourForce"])(i)],
    shows: figures(FIGURES),
  },
  {
    ...ui({ Component: AreaStep, useStep: useAreaStep }),
    fields: () => ["minimum", "annualChange", "years"],
  },
  {
    ...ui({ Component: SubsidyStep, useStep: useSubsidyStep }),
    fields: (i) => ["amount", "workingAgeWeight", ...figures(["workingAge", "unemployed"])(i)],
  },
  {
    ...ui({ Component: AuthorityStep, useStep: useAuthorityStep }),
    fields: costSharingFields,
  },
  {
    ...ui({ Component: StaffingStep, useStep: useStaffingStep }),
    fields: (i) => [
      "targetMulti",
      "targetSkills",
      "targetCoach",
      "transferFte",
      ...figures(FIGURES.slice(3))(i),
    ],
  },
  { ...ui({ Component: SummaryStep, useStep: useSummaryStep }), fields: () => [] },
];
