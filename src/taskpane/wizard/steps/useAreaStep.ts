import { suggestSlice } from "../../forming/LazySuggestMembers";
import { scalarFields } from "../stepSlices";
import type { Wizard } from "../useWizard";

/** The area step's state: its fields, the calculations it shows, the members and the reference year. */
export const useAreaStep = (w: Wizard) => ({
  t: w.t,
  language: w.language,
  fields: scalarFields(w, ["minimum", "annualChange", "years"]),
  minimum: w.inputs.scalars.minimum,
  calc: w.calc,
  members: w.inputs.members,
  name: w.name,
  startYear: w.startYear,
  suggest: suggestSlice(w),
});
