import { isLeadModel } from "../costSharing";
import { amount2 } from "../format";
import { namedMembers, scalarFields } from "../stepSlices";
import { costSharingSlice } from "./costSharingSlice";
import type { Wizard } from "../useWizard";

/** The step's state: the model, its fields, the cap and headroom (joint authority) and the members' euros. */
export const useAuthorityStep = (w: Wizard) => {
  const sharing = costSharingSlice(w);
  const lead = isLeadModel(sharing.model);
  const fields = scalarFields(
    w,
    lead
      ? ["budget", "budgetPlan1", "budgetPlan2"]
      : ["capRatio", "budget", "budgetPlan1", "budgetPlan2"]
  );
  return {
    t: w.t,
    language: w.language,
    sharing,
    lead,
    // A lead municipality's budget is not the joint authority's: its label says so.
    fields: lead ? fields.map((f, i) => (i === 0 ? { ...f, label: w.t.leadBudget } : f)) : fields,
    members: namedMembers(w),
    cap: w.calc.cap,
    headroom: w.calc.headroom,
    years: w.calc.years,
    typed: w.inputs.yearSubsidies,
    computed: w.calc.subsidies?.map((x) => amount2(x, w.language)),
    errorOf: w.errorOf,
    setYearSubsidy: w.setYearSubsidy,
    touch: w.touch,
    /** The budget year: the year after the one the figures are from. */
    budgetYear: w.startYear === undefined ? undefined : w.startYear + 1,
  };
};
