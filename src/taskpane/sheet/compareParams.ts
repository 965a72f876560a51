/**
 * The parameters (inputs) and area results (TYOALUE formulas) of one scenario block, as a
 * list of rows in two columns: label, value. Each row's key names its value cell, so the
 * comparison table refers to the figure, not to a position written twice.
 */
import { NumberFormats as F } from "../../host/SheetSpec";
import { BLOCK_COL as B } from "./blockColumns";
import { input, result, spill, text, type Grid } from "./cells";
import type { CompareLabels } from "./CompareLabels";
import { fixedPartRows, leadOrder, modelCell, noCapCell } from "./compareLead";
import type { BlockFigure, ParamPlace, Row } from "./compareFigures";
import type { PlanInputs } from "./PlanInputs";

export type { BlockFigure, ParamPlace, Row } from "./compareFigures";

/** Writes the rows; returns each figure's cell and how many rows they take. */
export function blockParams(
  g: Grid,
  p: PlanInputs,
  l: CompareLabels,
  at: ParamPlace,
  withModel = false
): Readonly<Record<BlockFigure, string>> & { rows: number } {
  const P = l.plan.params;
  const R = l.plan.results;
  const [plan1, plan2] = p.planningBudgets ?? [p.budget, p.budget];
  const f = {} as Record<BlockFigure, string>;
  const model: Row = ["model", l.costSharing, () => modelCell(p, l)];
  const all: Row[] = [
    // Only written (and `model` only set) when `withModel`; `fixedPart`, `usePart` likewise
    // only for a fixed part plus a part by use.
    ...(withModel ? [model] : []),
    ["minimum", P.minimum, () => input(p.minimum, F.count)],
    ["amount", P.amount, () => input(p.amount, F.euros)],
    ["workingAgeWeight", P.workingAgeWeight, () => input(p.workingAgeWeight, F.percent)],
    ["capRatio", P.capRatio, () => input(p.capRatio, F.percent)],
    ["budget", P.budget, () => input(p.budget, F.euros)],
    ["budget1", l.planningBudgets[0], () => input(plan1, F.euros)],
    ["budget2", l.planningBudgets[1], () => input(plan2, F.euros)],
    ...([0, 1, 2] as const).map((i): Row => [
      `target${i}`,
      P.targets[i],
      () => input(p.targets[i], F.count),
    ]),
    ["transferFte", P.transferFte, () => input(p.transferFte, F.fte)],
    ...fixedPartRows(p, l, f),
    ["memberCount", l.memberCount, () => result(`=COUNTA(${at.col(B.code)})`, F.count)],
    [
      "labourForce",
      R.labourForce,
      () => result(`=TYOALUE.LABOURFORCE(${at.col(B.labourForce)})`, F.count),
    ],
    [
      "meetsMinimum",
      R.meetsMinimum,
      () => result(`=TYOALUE.MEETSMINIMUM(${at.col(B.labourForce)},${f.minimum})`),
    ],
    [
      "shortfall",
      R.shortfall,
      () => result(`=TYOALUE.SHORTFALL(${at.col(B.labourForce)},${f.minimum})`, F.count),
    ],
    ["contiguous", R.contiguous, () => result(`=TYOALUE.CONTIGUOUS(${at.col(B.code)})`)],
    ["subsidyTotal", l.subsidyTotal, () => result(`=ROUND(SUM(${at.col(B.subsidy)}),2)`, F.euros)],
    [
      "paymentCap",
      R.paymentCap,
      () => result(`=TYOALUE.PAYMENTCAP(${at.col(B.subsidy)},${f.capRatio})`, F.euros),
    ],
    ...(["headroom", "headroom1", "headroom2"] as const).map((key, j): Row => [
      key,
      j === 0 ? R.headroom : l.planningHeadrooms[j - 1],
      () =>
        result(
          `=TYOALUE.CAPHEADROOM(${f[(["budget", "budget1", "budget2"] as const)[j]]},${at.col([B.subsidy, B.planningSubsidies, B.planningSubsidies + 1][j])},${f.capRatio})`,
          F.euros
        ),
    ]),
    ...([0, 1, 2] as const).map((i): Row => [
      `clients${i}`,
      R.clients[i],
      () => result(`=SUM(${at.col(B.clients + i)})`, F.count),
    ]),
    ...([0, 1, 2] as const).map((i): Row => [
      `staffNeeded${i}`,
      R.staffNeeded[i],
      () =>
        i > 0
          ? spill(F.count)
          : result(
              `=TYOALUE.STAFFNEEDED(${f.clients0}:${f.clients2},${f.target0}:${f.target2})`,
              F.count
            ),
    ]),
    [
      "staffTotal",
      R.staffTotal,
      () => result(`=SUM(${f.staffNeeded0}:${f.staffNeeded2})`, F.count),
    ],
  ];
  // A lead municipality's agreement has no cap: its cap rows say so (the plan sheet's words).
  const lead = p.costSharing !== undefined;
  const rows = lead ? leadOrder(all) : all;
  g.put(at.head, at.paramCol, text(l.plan.paramsHeader[0], "header"));
  g.put(at.head, at.paramCol + 1, text(l.plan.paramsHeader[1], "header"));
  rows.forEach(([key], i) => (f[key] = at.ref(i + 1)));
  rows.forEach(([key, label, cell], i) => {
    const budget = lead && key === "budget";
    g.put(at.head + 1 + i, at.paramCol, text(budget ? l.plan.lead.budget : label));
    g.put(at.head + 1 + i, at.paramCol + 1, (lead && noCapCell(key, l)) || cell());
  });
  return { ...f, rows: rows.length };
}
