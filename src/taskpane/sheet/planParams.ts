/** The parameter and area-result block of the plan sheet (columns Q–R). */
import { NumberFormats as F } from "../../host/SheetSpec";
import { input, result, spill, text, type Grid } from "./cells";
import type { PlanInputs, SheetLabels } from "./PlanInputs";

/** 1-based rows of column R; targets, clients and staff needed take three rows each. */
export const PARAM_ROWS = {
  minimum: 5,
  annualChange: 6,
  years: 7,
  amount: 8,
  workingAgeWeight: 9,
  capRatio: 10,
  budget: 11,
  targets: 12,
  transferFte: 15,
  labourForce: 16,
  meetsMinimum: 17,
  shortfall: 18,
  yearsAbove: 19,
  contiguous: 20,
  paymentCap: 21,
  headroom: 22,
  clients: 25,
  staffNeeded: 28,
  staffTotal: 31,
} as const;

/** Absolute reference to a parameter or result cell, e.g. `$R$5`. */
export const paramRef = (key: keyof typeof PARAM_ROWS): string => `$R$${PARAM_ROWS[key]}`;

const three = (key: "targets" | "clients" | "staffNeeded") =>
  `$R$${PARAM_ROWS[key]}:$R$${PARAM_ROWS[key] + 2}`;

/** Writes the parameters (inputs) and the area-level results (formulas). */
export function areaBlock(
  g: Grid,
  p: PlanInputs,
  l: SheetLabels,
  col: (c: string) => string
): void {
  const at = (
    key: keyof typeof PARAM_ROWS,
    label: string,
    cell: Parameters<Grid["put"]>[2],
    offset = 0
  ) => {
    g.put(PARAM_ROWS[key] + offset, 16, text(label));
    g.put(PARAM_ROWS[key] + offset, 17, cell);
  };
  g.put(4, 16, text(l.paramsHeader[0], "header"));
  g.put(4, 17, text(l.paramsHeader[1], "header"));
  const P = l.params;
  at("minimum", P.minimum, input(p.minimum, F.count));
  at("annualChange", P.annualChange, input(p.annualChange, F.percent));
  at("years", P.years, input(p.years, F.count));
  at("amount", P.amount, input(p.amount, F.euros));
  at("workingAgeWeight", P.workingAgeWeight, input(p.workingAgeWeight, F.percent));
  at("capRatio", P.capRatio, input(p.capRatio, F.percent));
  at("budget", P.budget, input(p.budget, F.euros));
  p.targets.forEach((t, i) => at("targets", P.targets[i], input(t, F.count), i));
  at("transferFte", P.transferFte, input(p.transferFte, F.fte));
  const R = l.results;
  at("labourForce", R.labourForce, result(`=TYOALUE.LABOURFORCE(${col("C")})`, F.count));
  at(
    "meetsMinimum",
    R.meetsMinimum,
    result(`=TYOALUE.MEETSMINIMUM(${col("C")},${paramRef("minimum")})`)
  );
  at(
    "shortfall",
    R.shortfall,
    result(`=TYOALUE.SHORTFALL(${col("C")},${paramRef("minimum")})`, F.count)
  );
  at(
    "yearsAbove",
    R.yearsAbove,
    // A plan already below the minimum stays above it for 0 years (the function's #N/A says
    // "never above", which reads as a fault in the sheet).
    result(
      `=IF(${paramRef("meetsMinimum")},TYOALUE.YEARSABOVEMINIMUM(${paramRef("labourForce")},${paramRef("annualChange")},${paramRef("minimum")}),0)`,
      F.count
    )
  );
  at("contiguous", R.contiguous, result(`=TYOALUE.CONTIGUOUS(${col("A")})`));
  const subsidies = col("M");
  at(
    "paymentCap",
    R.paymentCap,
    result(`=TYOALUE.PAYMENTCAP(${subsidies},${paramRef("capRatio")})`, F.euros)
  );
  at(
    "headroom",
    R.headroom,
    result(
      `=TYOALUE.CAPHEADROOM(${paramRef("budget")},${subsidies},${paramRef("capRatio")})`,
      F.euros
    )
  );
  ["F", "G", "H"].forEach((c, i) =>
    at("clients", R.clients[i], result(`=SUM(${col(c)})`, F.count), i)
  );
  at(
    "staffNeeded",
    R.staffNeeded[0],
    result(`=TYOALUE.STAFFNEEDED(${three("clients")},${three("targets")})`, F.count)
  );
  at("staffNeeded", R.staffNeeded[1], spill(F.count), 1);
  at("staffNeeded", R.staffNeeded[2], spill(F.count), 2);
  at("staffTotal", R.staffTotal, result(`=SUM(${three("staffNeeded")})`, F.count));
}
