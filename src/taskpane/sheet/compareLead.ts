/**
 * A lead municipality's cost sharing in a scenario block of the comparison sheet, by the plan
 * sheet's own helpers (planLead.ts): the agreed shares (inputs) and, for a fixed part plus a
 * part by use, the clients beside them (M–N, where a joint authority has the planning years'
 * subsidies); the fixed part (input) and the part by use (1 − it) as two parameter rows below
 * the block's other parameters; each year's payments one `TYOALUE.ALLOCATE` over them, as in
 * the plan sheet. No cap: the cap's and headrooms' cells say it does not apply.
 */
import { columnLetters } from "../../core";
import { NumberFormats as F } from "../../host/SheetSpec";
import { BLOCK_COL as B } from "./blockColumns";
import { input, result, text, type Grid } from "./cells";
import type { CompareLabels } from "./CompareLabels";
import type { BlockFigure, ParamPlace } from "./compareParams";
import { leadColumns, leadPayments, type LeadPlace } from "./planLead";
import type { PlanCostSharing, PlanInputs } from "./PlanInputs";

/**
 * Writes the shares' columns and the model's parameter rows from the `n`-th row below the
 * header (1-based, as `at.ref`); returns ALLOCATE's formula for a budget and the rows taken.
 */
export function leadBlock(
  g: Grid,
  p: PlanInputs,
  sharing: PlanCostSharing,
  l: CompareLabels,
  at: ParamPlace & { readonly first: number; readonly last: number },
  n: number
) {
  const L = l.plan.lead;
  leadColumns(g, p, sharing, l.plan, at.first, { shares: B.shares, clients: B.useClients });
  const row = (k: number) => at.head + n + k;
  const place: LeadPlace = {
    shares: columnLetters(B.shares),
    clients: columnLetters(B.useClients),
    weights: `${at.ref(n)}:${at.ref(n + 1)}`,
  };
  if (sharing.model === "percent") g.put(row(0), at.paramCol, text(L.modelPercent));
  else {
    g.put(row(0), at.paramCol, text(L.fixedPart));
    g.put(row(0), at.paramCol + 1, input(sharing.fixedPart, F.percent));
    g.put(row(1), at.paramCol, text(L.usePart));
    g.put(row(1), at.paramCol + 1, result(`=1-${at.ref(n)}`, F.percent));
  }
  return {
    payments: (budget: string) => leadPayments(budget, sharing, at.first, at.last, place),
    rows: sharing.model === "percent" ? 1 : 2,
  };
}

/** The figures a lead municipality's agreement does not have: the cap and the headrooms. */
const NO_CAP = /^(capRatio|paymentCap|headroom\d?)$/;

/** "Not applicable" where a lead scenario's block would show `key` (a result's fill), or undefined. */
export function noCapCell(key: BlockFigure, l: CompareLabels) {
  if (!NO_CAP.test(key)) return undefined;
  const style = key === "capRatio" ? undefined : ("result" as const);
  return { kind: "text" as const, text: l.plan.lead.notApplicable, style };
}

/** The block's cost-sharing model, in the wizard's words (a joint authority without an agreement). */
export const modelCell = (p: PlanInputs, l: CompareLabels) =>
  text(l.models[p.costSharing?.model ?? "joint"]);
