/**
 * One scenario's block of the comparison sheet: its members as input rows (name, code,
 * figures, clients) with their subsidy, payment and FTE split as live TYOALUE formulas
 * beside them, and its parameters (inputs) and area results (formulas) in two columns to
 * the right. The same functions and argument shapes as the plan sheet.
 */
import { absoluteCellAddress, columnLetters } from "../../core";
import { NumberFormats as F, type NumberFormat } from "../../host/SheetSpec";
import { Grid, input, result, spill, text } from "./cells";
import type { CompareLabels } from "./CompareLabels";
import type { PlanInputs } from "./PlanInputs";
import { BLOCK_COL } from "./blockColumns";
import { leadBlock } from "./compareLead";
import { blockParams, type BlockFigure } from "./compareParams";

export { BLOCK_COL, BLOCK_WIDTH } from "./blockColumns";

export interface BlockRefs {
  /** Absolute reference of each area figure, e.g. `$Q$40`. */
  readonly figures: Readonly<Record<BlockFigure, string>>;
  /** 1-based sheet row of each member, by code. */
  readonly rows: ReadonlyMap<string, number>;
  /** The first row after the block (1-based). */
  readonly next: number;
}

/**
 * Writes the block of `name`/`p` from row `top` (1-based); parameters in column `paramCol`,
 * first the cost-sharing model when `withModel` (a comparison with a lead scenario).
 */
export function scenarioBlock(
  g: Grid,
  name: string,
  p: PlanInputs,
  l: CompareLabels,
  top: number,
  paramCol: number,
  withModel = false
): BlockRefs {
  const head = top + 1;
  const first = head + 1;
  const last = head + Math.max(1, p.members.length);
  const col = (c: number) => {
    const x = columnLetters(c);
    return `$${x}$${first}:$${x}$${last}`;
  };
  g.put(top, 0, text(`${l.scenario}: ${name}`, "header"));
  const cols = l.plan.columns;
  const P = l.plan.perMember;
  // A lead municipality's agreement takes the planning years' subsidy columns (as in the plan
  // sheet): without a cap they decide nothing, and the sheet stays two columns narrower.
  const sharing = p.costSharing;
  const heads = [cols[1], cols[0], ...cols.slice(2), P[2], P[3], P[4], ...l.planningSubsidies];
  [...heads, ...l.planningPayments].forEach((h, c) => {
    const agreement = sharing && c >= BLOCK_COL.shares && c <= BLOCK_COL.useClients;
    if (!agreement) g.put(head, c, text(h, "header"));
  });
  const rows = new Map<string, number>();
  p.members.forEach((m, i) => {
    const r = first + i;
    rows.set(m.code, r);
    g.put(r, BLOCK_COL.name, text(m.name, "input"));
    g.put(r, BLOCK_COL.code, text(m.code, "input"));
    [m.labourForce, m.workingAge, m.unemployed, ...m.clients].forEach((v, c) =>
      g.put(r, BLOCK_COL.labourForce + c, input(v, F.count))
    );
    g.put(r, BLOCK_COL.clientsTotal, result(`=SUM(F${r}:H${r})`, F.count));
    const spills: [number, NumberFormat][] = [
      [BLOCK_COL.subsidy, F.euros],
      [BLOCK_COL.payment, F.euros],
      [BLOCK_COL.fte, F.fte],
      [BLOCK_COL.planningPayments, F.euros],
      [BLOCK_COL.planningPayments + 1, F.euros],
    ];
    if (i > 0) spills.forEach(([c, f]) => g.put(r, c, spill(f)));
    if (!sharing)
      [1, 2].forEach((j) => {
        const typed = p.yearSubsidies?.[i]?.[j];
        const cell = typed === undefined ? result(`=J${r}`, F.euros) : input(typed, F.euros);
        g.put(r, BLOCK_COL.planningSubsidies + j - 1, cell);
      });
  });
  const ref = (offset: number) => absoluteCellAddress(head + offset - 1, paramCol + 1);
  const figures = blockParams(g, p, l, { head, paramCol, col, ref }, withModel);
  g.put(
    first,
    BLOCK_COL.subsidy,
    result(
      `=TYOALUE.SUBSIDYALLOCATION(${figures.amount},${col(BLOCK_COL.workingAge)},${col(BLOCK_COL.unemployed)},${figures.workingAgeWeight})`,
      F.euros
    )
  );
  // Each year's payments by the scenario's model: its agreement (ALLOCATE) or MEMBERPAYMENTS.
  const lead = sharing && leadBlock(g, p, sharing, l, { first, last }, figures);
  const years = [
    [BLOCK_COL.payment, figures.budget, BLOCK_COL.subsidy],
    [BLOCK_COL.planningPayments, figures.budget1, BLOCK_COL.planningSubsidies],
    [BLOCK_COL.planningPayments + 1, figures.budget2, BLOCK_COL.planningSubsidies + 1],
  ] as const;
  years.forEach(([c, budget, subsidies]) =>
    g.put(
      first,
      c,
      result(
        lead
          ? lead(budget)
          : `=TYOALUE.MEMBERPAYMENTS(${budget},${col(subsidies)},${figures.capRatio})`,
        F.euros
      )
    )
  );
  g.put(
    first,
    BLOCK_COL.fte,
    result(
      `=TYOALUE.STAFFALLOCATION(${figures.transferFte},${col(BLOCK_COL.clientsTotal)},0.1)`,
      F.fte
    )
  );
  const height = Math.max(last, head + figures.rows);
  return { figures, rows, next: height + 2 };
}
