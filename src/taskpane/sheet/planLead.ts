/**
 * A lead municipality's cost sharing in the plan sheet: the agreed shares (inputs, column AI)
 * and, for the fixed-plus-use model, each member's clients (AJ, `=I`), adjacent so that
 * ALLOCATE takes them as one n×2 range of criteria; the fixed part is a parameter (R23) and
 * the part by use is 1 − it (R24), the weights. No cap: the cap cells say it does not apply.
 */
import { NumberFormats as F } from "../../host/SheetSpec";
import { input, result, text, type Grid } from "./cells";
import { PARAM_ROWS } from "./planParams";
import type { PlanCostSharing, PlanInputs, SheetLabels } from "./PlanInputs";

/** 0-based columns of the agreed shares (AI) and the clients (AJ), where a joint authority has subsidies. */
export const LEAD_COL = { shares: 34, clients: 35 } as const;
/** 1-based rows of the fixed part and the part by use in column R (free rows below the headroom). */
export const LEAD_ROWS = { fixedPart: 23, usePart: 24 } as const;

/** ALLOCATE's criteria and weights for the agreement, as references. */
export function leadArgs(sharing: PlanCostSharing, first: number, last: number) {
  return sharing.model === "percent"
    ? { criteria: `$AI$${first}:$AI$${last}`, weights: "1" }
    : {
        criteria: `$AI$${first}:$AJ$${last}`,
        weights: `$R$${LEAD_ROWS.fixedPart}:$R$${LEAD_ROWS.usePart}`,
      };
}

/** `=TYOALUE.ALLOCATE(budget, criteria, weights)`: the members' payments of one budget. */
export const leadPayments = (
  budget: string,
  sharing: PlanCostSharing,
  first: number,
  last: number
) => {
  const { criteria, weights } = leadArgs(sharing, first, last);
  return `=TYOALUE.ALLOCATE(${budget},${criteria},${weights})`;
};

/** The parameters: no cap (ratio, cap and headroom say so), the lead's budget, the fixed part. */
export function leadParams(g: Grid, p: PlanInputs, sharing: PlanCostSharing, l: SheetLabels) {
  const L = l.lead;
  const at = (row: number, label: string, cell: Parameters<Grid["put"]>[2]) => {
    g.put(row, 16, text(label));
    g.put(row, 17, cell);
  };
  // Short values: column R's neighbours hold the projection, so long text would be cut.
  at(PARAM_ROWS.capRatio, l.params.capRatio, text(L.notApplicable));
  at(PARAM_ROWS.budget, L.budget, input(p.budget, F.euros));
  at(PARAM_ROWS.paymentCap, l.results.paymentCap, text(L.notApplicable));
  at(PARAM_ROWS.headroom, l.results.headroom, text(L.notApplicable));
  if (sharing.model === "percent") g.put(LEAD_ROWS.fixedPart, 16, text(L.modelPercent));
  else {
    at(LEAD_ROWS.fixedPart, L.fixedPart, input(sharing.fixedPart, F.percent));
    at(LEAD_ROWS.usePart, L.usePart, result(`=1-$R$${LEAD_ROWS.fixedPart}`, F.percent));
  }
}

/** The agreed shares and (fixed plus use) the clients beside the member rows, with headers. */
export function leadColumns(
  g: Grid,
  p: PlanInputs,
  sharing: PlanCostSharing,
  l: SheetLabels,
  first: number
) {
  g.put(first - 1, LEAD_COL.shares, text(l.lead.agreedShare, "header"));
  const fixedUse = sharing.model === "fixedUse";
  if (fixedUse) g.put(first - 1, LEAD_COL.clients, text(l.lead.clients, "header"));
  p.members.forEach((_, i) => {
    const r = first + i;
    g.put(r, LEAD_COL.shares, input(sharing.shares[i], F.percent));
    if (fixedUse) g.put(r, LEAD_COL.clients, result(`=I${r}`, F.count));
  });
}
