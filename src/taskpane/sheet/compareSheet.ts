/**
 * The scenario comparison sheet, as data: one worksheet that compares 2…N scenarios and
 * stays live formulas. From the top: the comparison table (one row per figure, one column
 * per scenario, each cell a reference into that scenario's block, a ≠ column naming the
 * scenarios that differ from the first); the per-member comparison (the union of the
 * scenarios' municipalities in registry order: subsidy, payment and FTE split per
 * scenario, empty where a municipality is not a member); then each scenario's block of
 * inputs and TYOALUE formulas. Cells that differ from the first scenario are highlighted.
 */
import type { CellSpec, ConditionalFormatSpec, SheetSpec } from "../../host/SheetSpec";
import { Grid, text } from "./cells";
import { BLOCK_WIDTH, scenarioBlock, type BlockRefs } from "./compareBlock";
import type { CompareLabels } from "./CompareLabels";
import { compareMembers, memberUnion } from "./compareMembers";
import { compareTable, comparedFigures } from "./compareTable";
import type { PlanInputs } from "./PlanInputs";

export interface ScenarioPlan {
  readonly name: string;
  readonly plan: PlanInputs;
}

/** 1-based row of the comparison table's header. */
export const TABLE_HEAD = 4;

/** The comparison sheet of `scenarios` (the first is the base), with the texts of `l`. */
export function compareSheet(scenarios: readonly ScenarioPlan[], l: CompareLabels): SheetSpec {
  const g = new Grid();
  const union = memberUnion(scenarios.map((s) => s.plan));
  const lead = scenarios.some((s) => s.plan.costSharing !== undefined);
  const membersTop = TABLE_HEAD + comparedFigures(lead).length + 2;
  const membersEnd = membersTop + 3 + Math.max(1, union.length);
  // Each block's parameters in R–S whatever the number of scenarios (beside five scenarios'
  // per-member columns, past them would add five empty columns to every block row: 10 KB).
  const paramCol = BLOCK_WIDTH + 1;
  g.put(1, 0, text(l.title, "title"));
  g.put(2, 0, text(l.note, "note"));
  let top = membersEnd + 1;
  const blocks: BlockRefs[] = scenarios.map((s) => {
    const refs = scenarioBlock(g, s.name, s.plan, l, top, paramCol, lead);
    top = refs.next;
    return refs;
  });
  const names = scenarios.map((s) => s.name);
  const formats: ConditionalFormatSpec[] = [
    ...compareTable(g, names, blocks, l, TABLE_HEAD, lead),
    ...compareMembers(g, names, blocks, union, l, membersTop),
  ];
  const cells = g.cells();
  const widths = textWidths(cells.slice(2), paramCol + 2);
  // The table's model names are formula results, which textWidths does not see.
  if (lead)
    scenarios.forEach((s, k) => {
      const model = l.models[s.plan.costSharing?.model ?? "joint"];
      widths[1 + k] = Math.max(widths[1 + k], model.length + 2);
    });
  return {
    name: l.sheetName,
    cells,
    tables: [],
    charts: [],
    columnWidths: widths,
    conditionalFormats: formats,
  };
}

/** Column widths that fit each column's texts (the title and note rows may overflow). */
function textWidths(rows: readonly (readonly CellSpec[])[], cols: number): number[] {
  const widths = Array.from({ length: cols }, () => 15);
  for (const row of rows)
    row.forEach((cell, c) => {
      if (cell?.kind === "text")
        widths[c] = Math.max(widths[c], Math.min(40, cell.text.length + 2));
    });
  return widths;
}
