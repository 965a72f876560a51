/**
 * What each step shows, computed by the core from the valid inputs (never re-implemented
 * here). A core error becomes a localized message on the field it concerns.
 */
import {
  capHeadroom,
  contiguity,
  formatError,
  labourForce,
  projectLabourForce,
  memberPayments,
  meetsMinimum,
  paymentCap,
  shortfall,
  staffAllocation,
  staffNeeded,
  subsidyAllocation,
  subsidyShares,
  yearsAboveMinimum,
  type ContiguityReport,
  type Result,
} from "../../core";
import type { Language } from "../i18n";
import { argLabel } from "./argLabel";
import { FIXED_PART_ID, isLeadModel } from "./costSharing";
import { leadYears } from "./leadYears";
import { planCostSharing } from "./planCostSharing";
import { planningYears, type PlanningYears } from "./planningYears";
import { costSharingOf, FIGURES, type WizardInputs } from "./inputs";
import { figureId, yearSubsidyId, type Validation } from "./validate";

export interface Calculations {
  readonly errors: ReadonlyMap<string, string>;
  readonly total?: number;
  readonly meets?: boolean;
  readonly shortfall?: number;
  readonly yearsAbove?: number | string;
  /** Projected labour force, year 0 first. */
  readonly projection?: readonly number[];
  readonly contiguity?: ContiguityReport;
  readonly shares?: readonly number[];
  readonly subsidies?: readonly number[];
  readonly cap?: number;
  readonly headroom?: number;
  readonly payments?: readonly number[];
  /** The budget year and the two planning years. */
  readonly years?: PlanningYears;
  /** A lead municipality's model (no cap: the agreement decides), and its valid agreed shares. */
  readonly lead?: boolean;
  readonly agreedShares?: readonly number[];
  readonly needed?: readonly number[];
  readonly split?: readonly number[];
}

/** Runs the core over whatever is valid so far. */
export function calculate(inputs: WizardInputs, v: Validation, language: Language): Calculations {
  const errors = new Map<string, string>();
  const out: { -readonly [K in keyof Calculations]?: Calculations[K] } = {};
  const num = (id: string) => v.values.get(id);
  const column = (key: (typeof FIGURES)[number]) => {
    const list = inputs.members.map((m) => num(figureId(m.code, key)));
    return list.length > 0 && list.every((x) => x !== undefined) ? (list as number[]) : undefined;
  };
  const take = <T>(r: Result<T>, field: string): T | undefined => {
    if (r.ok) return r.value;
    errors.set(
      field,
      formatError(r.error, language, (arg) => argLabel(arg, language))
    );
    return undefined;
  };
  const [lf, wa, un] = [column("labourForce"), column("workingAge"), column("unemployed")];
  const clients = (["clientsMulti", "clientsSkills", "clientsCoach"] as const).map(column);
  const [minimum, change, amount, weight, cap, budget] = [
    "minimum",
    "annualChange",
    "amount",
    "workingAgeWeight",
    "capRatio",
    "budget",
  ].map(num);
  if (inputs.members.length > 0)
    out.contiguity = take(contiguity(inputs.members.map((m) => m.code)), "members");
  if (lf && minimum !== undefined) {
    out.total = take(labourForce(lf), "members");
    out.meets = take(meetsMinimum(lf, minimum), "minimum");
    out.shortfall = take(shortfall(lf, minimum), "minimum");
    if (out.total !== undefined && change !== undefined) {
      const years = yearsAboveMinimum(out.total, change, minimum);
      out.yearsAbove = years.ok ? years.value : "below";
      const horizon = num("years");
      if (horizon !== undefined)
        out.projection = take(projectLabourForce(out.total, change, horizon), "years");
    }
  }
  if (wa && un && amount !== undefined && weight !== undefined) {
    out.shares = take(subsidyShares(wa, un, weight), "workingAgeWeight");
    out.subsidies = take(subsidyAllocation(amount, wa, un, weight), "amount");
  }
  const clientTotals = clients.every(Boolean)
    ? inputs.members.map((_, i) => clients.reduce((a, c) => a + c![i], 0))
    : undefined;
  const budgets =
    budget === undefined
      ? undefined
      : [budget, num("budgetPlan1") ?? budget, num("budgetPlan2") ?? budget];
  if (isLeadModel(costSharingOf(inputs).model)) {
    const sharing = planCostSharing(inputs, v);
    const lead = budgets && leadYears(budgets, sharing, clientTotals);
    [out.lead, out.agreedShares, out.years] = [true, sharing?.shares, lead?.value];
    out.payments = lead?.value.payments?.map((row) => row[0]);
    if (lead?.error) take(lead.error, FIXED_PART_ID);
  } else if (out.subsidies && cap !== undefined) {
    out.cap = take(paymentCap(out.subsidies, cap), "capRatio");
    if (budget !== undefined && budgets) {
      out.payments = take(memberPayments(budget, out.subsidies, cap), "budget");
      out.headroom = take(capHeadroom(budget, out.subsidies, cap), "budget");
      const typed = inputs.members.map((m) => [0, 1, 2].map((j) => num(yearSubsidyId(m.code, j))));
      const years = planningYears(budgets, out.subsidies, cap, typed);
      out.years = years.value;
      if (years.error && years.field !== "budget") take(years.error, years.field);
    }
  }
  const targets = ["targetMulti", "targetSkills", "targetCoach"].map(num);
  if (clients.every(Boolean) && targets.every((x) => x !== undefined)) {
    const totals = clients.map((c) => c!.reduce((a, b) => a + b, 0));
    out.needed = take(staffNeeded(totals, targets as number[]), "targetMulti") as
      number[] | undefined;
    const fte = num("transferFte");
    if (fte !== undefined)
      out.split = take(staffAllocation(fte, clientTotals!, 0.1), "transferFte");
  }
  return { ...out, errors };
}
