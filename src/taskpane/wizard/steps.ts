/**
 * The wizard's steps, defined once: each step's component and the field ids it asks for
 * before going on. Adding a step is its files plus one entry here (and its title in the
 * texts' `steps`).
 */
import type { ComponentType } from "react";
import { FIGURES, type FigureKey, type WizardInputs } from "./inputs";
import { AreaStep } from "./steps/AreaStep";
import { AuthorityStep } from "./steps/AuthorityStep";
import { MembersStep } from "./steps/MembersStep";
import { StaffingStep } from "./steps/StaffingStep";
import { SubsidyStep } from "./steps/SubsidyStep";
import { SummaryStep } from "./steps/SummaryStep";
import type { Wizard } from "./useWizard";
import { figureId } from "./validate";

export interface StepDef {
  readonly Component: ComponentType<{ readonly w: Wizard }>;
  /** Field ids that must be valid before Next (only what this step's results need). */
  readonly fields: (inputs: WizardInputs) => readonly string[];
  /** Field ids shown on the step, when more than `fields`: a wrong value typed there also holds Next. */
  readonly shows?: (inputs: WizardInputs) => readonly string[];
}

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
