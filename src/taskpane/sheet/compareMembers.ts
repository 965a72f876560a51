/**
 * The per-member comparison: the union of the scenarios' municipalities (registry order:
 * by code), and for each scenario the member's subsidy, payment and FTE split, each a
 * reference into that scenario's block chosen when the sheet is built (empty where the
 * municipality is not a member of the scenario), with a ≠ column naming the scenarios that
 * differ from the first in any of the three.
 */
import { cellAddress, columnLetters } from "../../core";
import { anyDiffersFormula } from "../../host/differs";
import { NumberFormats as F, type ConditionalFormatSpec } from "../../host/SheetSpec";
import { result, text, type Grid } from "./cells";
import { BLOCK_COL, type BlockRefs } from "./compareBlock";
import type { CompareLabels } from "./CompareLabels";
import { markerFormula } from "./compareTable";
import type { PlanInputs, PlanMember } from "./PlanInputs";

/** Each municipality once (the first scenario's name for it), sorted by code. */
export function memberUnion(plans: readonly PlanInputs[]): PlanMember[] {
  const byCode = new Map<string, PlanMember>();
  for (const p of plans) for (const m of p.members) if (!byCode.has(m.code)) byCode.set(m.code, m);
  return [...byCode.values()].sort(
    (a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name)
  );
}

const FIGURES = [
  [BLOCK_COL.subsidy, F.euros],
  [BLOCK_COL.payment, F.euros],
  [BLOCK_COL.fte, F.fte],
] as const;

/** Writes the section from row `top` (title, scenario names, headers, members). */
export function compareMembers(
  g: Grid,
  names: readonly string[],
  blocks: readonly BlockRefs[],
  union: readonly PlanMember[],
  l: CompareLabels,
  top: number
): ConditionalFormatSpec[] {
  const [groups, head, first] = [top + 1, top + 2, top + 3];
  const last = first + union.length - 1;
  const P = l.plan.perMember;
  const colOf = (k: number, j: number) => 2 + 3 * k + j;
  const marker = colOf(names.length, 0);
  g.put(top, 0, text(l.perMember, "header"));
  g.put(head, 0, text(l.plan.columns[1], "header"));
  g.put(head, 1, text(l.plan.columns[0], "header"));
  names.forEach((name, k) =>
    FIGURES.forEach((_, j) => {
      g.put(groups, colOf(k, j), text(j === 0 ? name : "", "header"));
      g.put(head, colOf(k, j), text(P[2 + j], "header"));
    })
  );
  g.put(head, marker, text(`${l.differsFrom} ${names[0]}`, "header"));
  union.forEach((m, i) => {
    const r = first + i;
    g.put(r, 0, text(m.name));
    g.put(r, 1, text(m.code));
    blocks.forEach((b, k) => {
      const at = b.rows.get(m.code);
      if (at !== undefined)
        FIGURES.forEach(([c, format], j) =>
          g.put(r, colOf(k, j), result(`=${columnLetters(c)}${at}`, format))
        );
    });
    const pair = (k: number, j: number) =>
      [cellAddress(r - 1, colOf(k, j)), cellAddress(r - 1, colOf(0, j))] as const;
    const any = (c: number) => anyDiffersFormula(FIGURES.map((_, j) => pair((c - 2) / 3, j)));
    const others = names.slice(1).map((_, k) => colOf(k + 1, 0));
    if (names.length > 1) g.put(r, marker, result(markerFormula(others, groups, any)));
  });
  if (names.length < 2 || union.length === 0) return [];
  return names.slice(1).flatMap((_, k) =>
    FIGURES.map((_, j) => {
      const c = columnLetters(colOf(k + 1, j));
      return { range: `${c}${first}:${c}${last}`, differsFrom: columnLetters(colOf(0, j)) };
    })
  );
}
