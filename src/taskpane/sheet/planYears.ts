/**
 * The budget year and the two planning years (columns AH–AN, in the member rows so the sheet
 * grows by columns, not rows): the members' subsidies n×3 (the computed subsidy, or the one
 * typed for a year), payments n×3 by MEMBERPAYMENTS; below them each year's payment total,
 * budget, PAYMENTCAP and CAPHEADROOM. A lead municipality's agreement (planLead.ts) puts its
 * shares and clients where the subsidies are and each year's payments by ALLOCATE; no cap.
 */
import { NumberFormats as F } from "../../host/SheetSpec";
import { input, result, spill, text, type Grid } from "./cells";
import { leadColumns, leadPayments } from "./planLead";
import { paramRef } from "./planParams";
import type { PlanInputs, SheetLabels } from "./PlanInputs";

/** 0-based columns: AH labels and names, AI–AK subsidies, AL–AN payments. */
export const YEARS_COL = { label: 33, subsidies: 34, payments: 37 } as const;
const LETTERS = { subsidies: ["AI", "AK"], payments: ["AL", "AN"] } as const;

/** Writes the block beside member rows `first`…`last`; returns its rows below (1-based). */
export function yearsBlock(g: Grid, p: PlanInputs, l: SheetLabels, first: number, last: number) {
  const L = l.years;
  const rows = { total: last + 1, budgets: last + 2, cap: last + 3, headroom: last + 4 };
  const [s0, s1] = LETTERS.subsidies;
  const [p0, p1] = LETTERS.payments;
  const block = `$${s0}$${first}:$${s1}$${last}`;
  const budgets = `$${p0}$${rows.budgets}:$${p1}$${rows.budgets}`;
  const cap = paramRef("capRatio");
  const names = L.names.map((name, j) =>
    p.startYear === undefined ? name : String(p.startYear + 1 + j)
  );
  g.put(first - 2, YEARS_COL.label, text(L.title, "header"));
  g.put(first - 1, YEARS_COL.label, text(l.perMember[0], "header"));
  const lead = p.costSharing;
  names.forEach((year, j) => {
    if (!lead) g.put(first - 1, YEARS_COL.subsidies + j, text(`${L.subsidies} ${year}`, "header"));
    g.put(first - 1, YEARS_COL.payments + j, text(`${L.payments} ${year}`, "header"));
  });
  // A lead municipality: its agreement's columns where a joint authority has the subsidies.
  if (lead) leadColumns(g, p, lead, l, first);
  p.members.forEach((_, i) => {
    const r = first + i;
    g.put(r, YEARS_COL.label, result(`=B${r}`));
    [0, 1, 2].forEach((j) => {
      const typed = p.yearSubsidies?.[i]?.[j];
      const cell = typed === undefined ? result(`=$M$${r}`, F.euros) : input(typed, F.euros);
      if (!lead) g.put(r, YEARS_COL.subsidies + j, cell);
      if (i > 0 || (j > 0 && !lead)) g.put(r, YEARS_COL.payments + j, spill(F.euros));
    });
  });
  // One ALLOCATE per year for a lead municipality's agreement; one MEMBERPAYMENTS for n×3 otherwise.
  const payments = (j: number) =>
    lead
      ? leadPayments(`$${colOf(j)}$${rows.budgets}`, lead, first, last)
      : `=TYOALUE.MEMBERPAYMENTS(${budgets},${block},${cap})`;
  (lead ? [0, 1, 2] : [0]).forEach((j) =>
    g.put(first, YEARS_COL.payments + j, result(payments(j), F.euros))
  );
  const [plan1, plan2] = p.planningBudgets ?? [p.budget, p.budget];
  const rowCells: [number, string, (j: number) => Parameters<Grid["put"]>[2]][] = [
    // Rounded to the cent: the sum of cent amounts in binary floating point is 6 499 999.999…,
    // so a check such as =total=budget in the sheet would say FALSE.
    [
      rows.total,
      L.total,
      (j) => result(`=ROUND(SUM(${colOf(j)}${first}:${colOf(j)}${last}),2)`, F.euros),
    ],
    [
      rows.budgets,
      L.budget,
      (j) =>
        j === 0 ? result(`=${paramRef("budget")}`, F.euros) : input([plan1, plan2][j - 1], F.euros),
    ],
    [
      rows.cap,
      L.cap,
      (j) => (j === 0 ? result(`=TYOALUE.PAYMENTCAP(${block},${cap})`, F.euros) : spill(F.euros)),
    ],
    [
      rows.headroom,
      L.headroom,
      (j) =>
        j === 0
          ? result(`=TYOALUE.CAPHEADROOM(${budgets},${block},${cap})`, F.euros)
          : spill(F.euros),
    ],
  ];
  rowCells.forEach(([r, label, cell]) => {
    g.put(r, YEARS_COL.payments - 1, text(label));
    // No cap for a lead municipality: its cap rows say so once, in the budget year's column.
    const noCap = lead && (r === rows.cap || r === rows.headroom);
    if (noCap) g.put(r, YEARS_COL.payments, text(l.lead.noCap));
    else [0, 1, 2].forEach((j) => g.put(r, YEARS_COL.payments + j, cell(j)));
  });
  return rows;
}

/** Letter of payment column `j` (AL, AM, AN). */
const colOf = (j: number) => ["AL", "AM", "AN"][j];
