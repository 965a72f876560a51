/**
 * The created worksheet, as data: the members as an Excel table (inputs), parameters
 * beside it, and every result a live TYOALUE formula referring to those cells.
 * Layout: A–I member table (header on row 4); K–O per-member results (spilled);
 * Q–R parameters and area results; T–V the labour-force projection; charts from column X.
 */
import { NumberFormats as F, type SheetSpec } from "../../host/SheetSpec";
import { Grid, input, result, spill, text } from "./cells";
import { leadParams, leadPayments } from "./planLead";
import { areaBlock, PARAM_ROWS, paramRef } from "./planParams";
import type { PlanInputs, SheetLabels } from "./PlanInputs";
import { projectionBlock } from "./planProjection";
import { yearsBlock } from "./planYears";

/** 1-based row of the member table's header. */
export const HEAD = 4;
const PER_MEMBER = [F.percent, F.euros, F.euros, F.fte] as const;

/** The plan sheet for `p`, with the texts of `l`. */
export function planSheet(p: PlanInputs, l: SheetLabels): SheetSpec {
  const g = new Grid();
  const first = HEAD + 1;
  const last = HEAD + p.members.length;
  const col = (c: string) => `$${c}$${first}:$${c}$${last}`;
  g.put(1, 0, text(l.title, "title"));
  g.put(2, 0, text(l.note, "note"));
  l.columns.forEach((h, c) => g.put(HEAD, c, text(h, "header")));
  l.perMember.forEach((h, c) => g.put(HEAD, 10 + c, text(h, "header")));
  p.members.forEach((m, i) => {
    const r = first + i;
    g.put(r, 0, text(m.code, "input"));
    g.put(r, 1, text(m.name, "input"));
    [m.labourForce, m.workingAge, m.unemployed, ...m.clients].forEach((v, c) =>
      g.put(r, 2 + c, input(v, F.count))
    );
    g.put(r, 8, result(`=SUM(F${r}:H${r})`, F.count));
    g.put(r, 10, result(`=B${r}`));
    if (r > first) PER_MEMBER.forEach((f, c) => g.put(r, 11 + c, spill(f)));
  });
  const w = paramRef("workingAgeWeight");
  g.put(first, 11, result(`=TYOALUE.SUBSIDYSHARES(${col("D")},${col("E")},${w})`, F.percent));
  g.put(
    first,
    12,
    result(
      `=TYOALUE.SUBSIDYALLOCATION(${paramRef("amount")},${col("D")},${col("E")},${w})`,
      F.euros
    )
  );
  const sharing = p.costSharing;
  const payments = sharing
    ? leadPayments(paramRef("budget"), sharing, first, last)
    : `=TYOALUE.MEMBERPAYMENTS(${paramRef("budget")},${col("M")},${paramRef("capRatio")})`;
  g.put(first, 13, result(payments, F.euros));
  g.put(
    first,
    14,
    result(`=TYOALUE.STAFFALLOCATION(${paramRef("transferFte")},${col("I")},0.1)`, F.fte)
  );
  areaBlock(g, p, l, col);
  if (sharing) leadParams(g, p, sharing, l);
  const years = projectionBlock(g, p, l);
  yearsBlock(g, p, l, first, last);
  const names = `K${first}:K${last}`;
  return {
    name: l.sheetName,
    cells: g.cells(),
    tables: [{ name: l.tableName, range: `A${HEAD}:I${last}` }],
    charts: [
      {
        kind: "line",
        title: l.charts.labourForce,
        categories: years.categories,
        series: years.series,
        from: "X4",
        to: "AF20",
      },
      {
        kind: "pie",
        title: l.charts.subsidy,
        categories: names,
        series: [{ name: l.perMember[2], values: `M${first}:M${last}` }],
        from: "X22",
        to: "AF38",
      },
      {
        kind: "column",
        title: l.charts.staff,
        categories: names,
        series: [{ name: l.perMember[4], values: `O${first}:O${last}` }],
        from: "X40",
        to: "AF56",
      },
    ],
    columnWidths: [
      8, 18, 11, 11, 11, 11, 11, 11, 11, 2, 18, 11, 14, 14, 11, 2, 36, 14, 2, 8, 14, 14,
    ],
  };
}

export { PARAM_ROWS };
