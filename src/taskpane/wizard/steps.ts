/**
 * The wizard's steps, defined once: each step's component and the field ids it asks for
 * before going on. Adding a step is its files plus one entry here (and its title in the
 * texts' `steps`).
 */
import { createElement, lazy, Suspense, type ComponentType } from "react";
import { FIGURES, type FigureKey, type WizardInputs } from "./inputs";
import { MembersStep } from "./steps/MembersStep";
import type { Wizard } from "./useWizard";
import { figureId } from "./validate";

export interface StepDef {
  readonly Component: ComponentType<{ readonly w: Wizard }>;
  /** Field ids that must be valid before Next (only what this step's results need). */
  readonly fields: (inputs: WizardInputs) => readonly string[];
  /** Field ids shown on the step, when more than `fields`: a wrong value typed there also holds Next. */
  readonly shows?: (inputs: WizardInputs) => readonly string[];
}

type StepComponent = StepDef["Component"];

/**
 * A step fetched on first show (and prefetched while the browser is idle); it waits in its own
 * Suspense boundary, so the wizard's heading, stepper and buttons stay while it loads.
 */
function lazyStep(load: () => Promise<StepComponent>): StepComponent {
  const Lazy = lazy(() => load().then((Component) => ({ default: Component })));
  const Step: StepComponent = (props) =>
    createElement(Suspense, { fallback: null }, createElement(Lazy, props));
  Step.displayName = "LazyStep";
  return Step;
}

// The first step ships with the wizard; the later ones are chunks of their own.
const AreaStep = lazyStep(() =>
  import(/* webpackChunkName: "step-area", webpackPrefetch: true */ "./steps/AreaStep").then(
    (m) => m.AreaStep
  )
);
const SubsidyStep = lazyStep(() =>
  import(/* webpackChunkName: "step-subsidy", webpackPrefetch: true */ "./steps/SubsidyStep").then(
    (m) => m.SubsidyStep
  )
);
const AuthorityStep = lazyStep(() =>
  import(
    /* webpackChunkName: "step-authority", webpackPrefetch: true */ "./steps/AuthorityStep"
  ).then((m) => m.AuthorityStep)
);
const StaffingStep = lazyStep(() =>
  import(
    /* webpackChunkName: "step-staffing", webpackPrefetch: true */ "./steps/StaffingStep"
  ).then((m) => m.StaffingStep)
);
const SummaryStep = lazyStep(() =>
  import(/* webpackChunkName: "step-summary", webpackPrefetch: true */ "./steps/SummaryStep").then(
    (m) => m.SummaryStep
  )
);

const figures = (keys: readonly FigureKey[]) => (i: WizardInputs) =>
  i.members.flatMap((m) => keys.map((k) => figureId(m.code, k)));

export const STEPS: readonly StepDef[] = [
  {
    Component: MembersStep,
    fields: (i) => ["members", ...figures(["labourForce"])(i)],
    shows: figures(FIGURES),
  },
  { Component: AreaStep, fields: () => ["minimum", "annualChange", "years"] },
  {
    Component: SubsidyStep,
    fields: (i) => ["amount", "workingAgeWeight", ...figures(["workingAge", "unemployed"])(i)],
  },
  { Component: AuthorityStep, fields: () => ["capRatio", "budget"] },
  {
    Component: StaffingStep,
    fields: (i) => [
      "targetMulti",
      "targetSkills",
      "targetCoach",
      "transferFte",
      ...figures(FIGURES.slice(3))(i),
    ],
  },
  { Component: SummaryStep, fields: () => [] },
];
