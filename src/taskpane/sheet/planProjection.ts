/** The labour-force projection block (columns T–V): year, projection, the minimum line. */
import { NumberFormats as F, type ChartSeriesSpec } from "../../host/SheetSpec";
import { result, spill, text, type Grid } from "./cells";
import { paramRef } from "./planParams";
import type { PlanInputs, SheetLabels } from "./PlanInputs";

/** Writes the block; returns the ranges the labour-force chart draws. */
export function projectionBlock(
  g: Grid,
  p: PlanInputs,
  l: SheetLabels
): { categories: string; series: ChartSeriesSpec[] } {
  const first = 5;
  const last = first + p.years;
  l.projection.forEach((h, i) => g.put(4, 19 + i, text(h, "header")));
  for (let r = first; r <= last; r++) {
    const year = (p.startYear ?? 0) + r - first;
    g.put(r, 19, { kind: "number", value: year, format: p.startYear ? F.general : F.count });
    g.put(
      r,
      20,
      r === first
        ? result(
            `=TYOALUE.PROJECTLABOURFORCE(${paramRef("labourForce")},${paramRef("annualChange")},${paramRef("years")})`,
            F.count
          )
        : spill(F.count)
    );
    g.put(r, 21, result(`=${paramRef("minimum")}`, F.count));
  }
  return {
    categories: `T${first}:T${last}`,
    series: [
      { name: l.projection[1], values: `U${first}:U${last}` },
      { name: l.projection[2], values: `V${first}:V${last}` },
    ],
  };
}
