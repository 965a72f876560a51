import { namedMembers, scalarFields } from "../stepSlices";
import type { Wizard } from "../useWizard";

/** The subsidy step's state: its fields, the members, their shares and subsidies. */
export const useSubsidyStep = (w: Wizard) => ({
  t: w.t,
  language: w.language,
  fields: scalarFields(w, ["amount", "workingAgeWeight"]),
  members: namedMembers(w),
  shares: w.calc.shares,
  subsidies: w.calc.subsidies,
});
