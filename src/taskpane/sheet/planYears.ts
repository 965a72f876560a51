/**
 * The budget year and the two planning years (columns K–N, below the member table): each
 * year's budget, the members' subsidies n×3 (the computed subsidy, overwritable per year),
 * payments n×3 by MEMBERPAYMENTS, their totals, each year's PAYMENTCAP and CAPHEADROOM.
 */
import { NumberFormats as F } from "../../host/SheetSpec";
import { input, result, spill, text, type Grid } from "./cells";
import { paramRef } from "./planParams";
import type { PlanInputs, SheetLabels } from "./PlanInputs";

const YEAR_COLS = ["L", "M", "N"] as const;

/** Writes the block from row `top`; returns its rows (1-based) for tests and charts. */
export function yearsBlock(g: Grid, p: PlanInputs, l: SheetLabels, top: number, first: number) {
  const L = l.years;
  const n = p.members.length;
  const rows = {
    budgets: top + 1,
    subsidies: top + 3,
    payments: top + 4 + n,
    total: top + 4 + 2 * n,
    cap: top + 5 + 2 * n,
    headroom: top + 6 + 2 * n,
  };
  const block = (r: number) => `$L$${r}:$N$${r + n - 1}`;
  const budgets = `$L$${rows.budgets}:$N$${rows.budgets}`;
  const cap = paramRef("capRatio");
  g.put(top, 10, text(L.title, "header"));
  L.names.forEach((name, j) => {
    const year = p.startYear === undefined ? name : String(p.startYear + 1 + j);
    g.put(top, 11 + j, text(year, "header"));
  });
  g.put(rows.budgets, 10, text(L.budget));
  g.put(rows.budgets, 11, result(`=${paramRef("budget")}`, F.euros));
  const [plan1, plan2] = p.planningBudgets ?? [p.budget, p.budget];
  g.put(rows.budgets, 12, input(plan1, F.euros));
  g.put(rows.budgets, 13, input(plan2, F.euros));
  g.put(rows.subsidies - 1, 10, text(L.subsidies, "header"));
  g.put(rows.payments - 1, 10, text(L.payments, "header"));
  p.members.forEach((_, i) => {
    const member = first + i;
    g.put(rows.subsidies + i, 10, result(`=B${member}`));
    YEAR_COLS.forEach((_c, j) => {
      const typed = p.yearSubsidies?.[i]?.[j];
      const cell = typed === undefined ? result(`=$M$${member}`, F.euros) : input(typed, F.euros);
      g.put(rows.subsidies + i, 11 + j, cell);
    });
    g.put(rows.payments + i, 10, result(`=B${member}`));
    YEAR_COLS.forEach((_c, j) => g.put(rows.payments + i, 11 + j, spill(F.euros)));
  });
  g.put(
    rows.payments,
    11,
    result(`=TYOALUE.MEMBERPAYMENTS(${budgets},${block(rows.subsidies)},${cap})`, F.euros)
  );
  g.put(rows.total, 10, text(L.total));
  YEAR_COLS.forEach((c, j) =>
    g.put(rows.total, 11 + j, result(`=SUM(${c}${rows.payments}:${c}${rows.total - 1})`, F.euros))
  );
  g.put(rows.cap, 10, text(L.cap));
  g.put(rows.cap, 11, result(`=TYOALUE.PAYMENTCAP(${block(rows.subsidies)},${cap})`, F.euros));
  g.put(rows.headroom, 10, text(L.headroom));
  g.put(
    rows.headroom,
    11,
    result(`=TYOALUE.CAPHEADROOM(${budgets},${block(rows.subsidies)},${cap})`, F.euros)
  );
  [rows.cap, rows.headroom].forEach((r) => {
    g.put(r, 12, spill(F.euros));
    g.put(r, 13, spill(F.euros));
  });
  return rows;
}
