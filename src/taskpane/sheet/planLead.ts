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

/**
 * Where a sheet keeps the agreement: the letters of the shares' column and the clients'
 * column right of it, and the range of the fixed part's cell and the part by use's below it.
 */
export interface LeadPlace {
  readonly shares: string;
  readonly clients: string;
  readonly weights: string;
}

/** The plan sheet's place: AI, AJ and R23:R24. */
export const PLAN_LEAD: LeadPlace = {
  shares: "AI",
  clients: "AJ",
  weights: `$R$${LEAD_ROWS.fixedPart}:$R$${LEAD_ROWS.usePart}`,
};

/** ALLOCATE's criteria and weights for the agreement, as references. */
export function leadArgs(
  sharing: PlanCostSharing,
  first: number,
  last: number,
  at: LeadPlace = PLAN_LEAD
) {
  return sharing.model === "percent"
    ? { criteria: `$${at.shares}$${first}:$${at.shares}$${last}`, weights: "1" }
    : { criteria: `$${at.shares}$${first}:$${at.clients}$${last}`, weights: at.weights };
}

/** `=TYOALUE.ALLOCATE(budget, criteria, weights)`: the members' payments of one budget. */
export const leadPayments = (
  budget: string,
  sharing: PlanCostSharing,
  first: number,
  last: number,
  at: LeadPlace = PLAN_LEAD
) => {
  const { criteria, weights } = leadArgs(sharing, first, last, at);
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

/**
 * The agreed shares and (fixed plus use) the clients (`=I`, the clients' total) beside the
 * member rows, with headers; in the plan sheet's AI–AJ unless `cols` says where.
 */
export function leadColumns(
  g: Grid,
  p: PlanInputs,
  sharing: PlanCostSharing,
  l: SheetLabels,
  first: number,
  cols: { readonly shares: number; readonly clients: number } = LEAD_COL
) {
  g.put(first - 1, cols.shares, text(l.lead.agreedShare, "header"));
  const fixedUse = sharing.model === "fixedUse";
  if (fixedUse) g.put(first - 1, cols.clients, text(l.lead.clients, "header"));
  p.members.forEach((_, i) => {
    const r = first + i;
    g.put(r, cols.shares, input(sharing.shares[i], F.percent));
    if (fixedUse) g.put(r, cols.clients, result(`=I${r}`, F.count));
  });
}
