import type { TemplateCell, Text } from "../spec";
import { DEADLINES } from "./budgetPlanTexts";
import { f, headers } from "./helpers";

const STEPS: readonly { readonly what: Text; readonly by: string }[] = [
  {
    what: { fi: "Alustava talousarvio jäsenkunnille", sv: "Preliminär budget till medlemmarna" },
    by: "31.8.",
  },
  {
    what: { fi: "Hyväksytty talousarvio ja suunnitelma", sv: "Godkänd budget och plan" },
    by: "15.10.",
  },
];

/**
 * The basic agreement's schedule from `row` down: the preliminary budget goes to the members
 * by 31.8. and the approved budget and plan by 15.10., both in the year before the budget
 * year (B2), so the years are formulas of it.
 */
export function budgetPlanSchedule(row: number): TemplateCell[] {
  const [title, ...rest] = headers(row, "A", [
    { fi: "Perussopimuksen aikataulu", sv: "Grundavtalets tidtabell" },
    { fi: "Viimeistään", sv: "Senast" },
    { fi: "Vuonna", sv: "År" },
  ]);
  return [
    { ...title, source: DEADLINES },
    ...rest,
    ...STEPS.flatMap((step, i) => [
      { ref: `A${row + 1 + i}`, value: step.what, style: "label" as const },
      { ref: `B${row + 1 + i}`, value: step.by, style: "label" as const },
      { ref: `C${row + 1 + i}`, formula: f("SUM", "$B$2", -1), format: "year" as const },
    ]),
  ];
}
