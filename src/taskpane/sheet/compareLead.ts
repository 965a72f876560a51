/**
 * A lead municipality's cost sharing in a scenario block of the comparison sheet, by the plan
 * sheet's own helpers (planLead.ts): the agreed shares (inputs) and, for a fixed part plus a
 * part by use, the clients beside them (M–N, where a joint authority has the planning years'
 * subsidies); the fixed part (input) and the part by use (1 − it) as parameter rows after the
 * other inputs; each year's payments one `TYOALUE.ALLOCATE` over them, as in the plan sheet.
 * No cap: the cap's and headrooms' cells say it does not apply. The model is named in the
 * block's first parameter row.
 */
import { columnLetters } from "../../core";
import { NumberFormats as F } from "../../host/SheetSpec";
import { BLOCK_COL as B } from "./blockColumns";
import { input, result, text, type Grid } from "./cells";
import type { CompareLabels } from "./CompareLabels";
import type { BlockFigure, Row } from "./compareFigures";
import { leadColumns, leadPayments, type LeadPlace } from "./planLead";
import type { PlanCostSharing, PlanInputs } from "./PlanInputs";

/**
 * Writes the shares' columns beside the member rows `at.first`…`at.last`; returns ALLOCATE's
 * formula for a budget, with the fixed part's and the part by use's cells of `figures`.
 */
export function leadBlock(
  g: Grid,
  p: PlanInputs,
  sharing: PlanCostSharing,
  l: CompareLabels,
  at: { readonly first: number; readonly last: number },
  figures: Readonly<Record<BlockFigure, string>>
) {
  leadColumns(g, p, sharing, l.plan, at.first, { shares: B.shares, clients: B.useClients });
  const place: LeadPlace = {
    shares: columnLetters(B.shares),
    clients: columnLetters(B.useClients),
    weights: `${figures.fixedPart}:${figures.usePart}`,
  };
  return (budget: string) => leadPayments(budget, sharing, at.first, at.last, place);
}

/**
 * The fixed part (input) and the part by use (1 − it) of a fixed-plus-use agreement, rows of
 * the block's parameters right after the other inputs (`f` holds their cells when written).
 */
export function fixedPartRows(p: PlanInputs, l: CompareLabels, f: Record<BlockFigure, string>) {
  const sharing = p.costSharing;
  if (sharing?.model !== "fixedUse") return [];
  const L = l.plan.lead;
  return [
    ["fixedPart", L.fixedPart, () => input(sharing.fixedPart, F.percent)],
    ["usePart", L.usePart, () => result(`=1-${f.fixedPart}`, F.percent)],
  ] satisfies Row[];
}

/** The figures a lead municipality's agreement does not have: the cap and the headrooms. */
const NO_CAP = /^(capRatio|paymentCap|headroom\d?)$/;

/** "Not applicable" where a lead scenario's block would show `key` (plain text, as the plan sheet), or undefined. */
export const noCapCell = (key: BlockFigure, l: CompareLabels) =>
  NO_CAP.test(key) ? text(l.plan.lead.notApplicable) : undefined;

/**
 * A lead scenario's rows in the order written: first the model and what does not apply to
 * it (one run of text cells beside their labels: fewer formatted ranges in the request),
 * then the rest in their usual order.
 */
export const leadOrder = <R extends readonly [BlockFigure, ...unknown[]]>(rows: readonly R[]) => [
  ...rows.filter(([key]) => key === "model" || NO_CAP.test(key)),
  ...rows.filter(([key]) => key !== "model" && !NO_CAP.test(key)),
];

/** The block's cost-sharing model (a joint authority without an agreement). */
export const modelCell = (p: PlanInputs, l: CompareLabels) =>
  text(l.models[p.costSharing?.model ?? "joint"]);
