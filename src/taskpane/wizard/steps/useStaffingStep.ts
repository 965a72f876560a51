import { namedMembers, scalarFields } from "../stepSlices";
import { staffLine } from "../summary/verdict";
import type { Wizard } from "../useWizard";

/** The staffing step's state: its fields, the need, the balance against the FTE transferring, the split. */
export const useStaffingStep = (w: Wizard) => ({
  t: w.t,
  language: w.language,
  fields: scalarFields(w, ["targetMulti", "targetSkills", "targetCoach", "transferFte"]),
  members: namedMembers(w),
  needed: w.calc.needed,
  staff: staffLine(w.calc, w.validation, w.t, w.language),
  split: w.calc.split,
});
