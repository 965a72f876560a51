import type { TemplateCell, TemplateSpec, Text } from "../spec";
import { BUDGETS, subsidies } from "./budgetPlanExample";
import { BUDGET, CAP, CONSTRUCTED, INSTRUCTIONS, MEMBERS } from "./budgetPlanTexts";
import { budgetPlanSchedule as scheduleRows } from "./budgetPlanSchedule";
import { column, f, labelled } from "./helpers";
import { KYMPPI_MEMBERS as KYMPPI } from "./kymppi";

const YEAR_COLS = ["B", "C", "D"];

const YEAR_NAMES: readonly Text[] = [
  { fi: "Talousarviovuosi", sv: "Budgetår" },
  { fi: "Suunnitteluvuosi 1", sv: "Planeringsår 1" },
  { fi: "Suunnitteluvuosi 2", sv: "Planeringsår 2" },
];

/** The budget year in B, the planning years after it: a header row of years at `row`. */
const yearRow = (row: number): TemplateCell[] => [
  { ref: `B${row}`, formula: f("REF", "$B$2"), style: "header", format: "year" },
  { ref: `C${row}`, formula: f("SUM", `B${row}`, 1), style: "header", format: "year" },
  { ref: `D${row}`, formula: f("SUM", `C${row}`, 1), style: "header", format: "year" },
];

/** The joint authority's budget and plan: three years' caps, headroom and members' payments. */
export const budgetPlanTemplate: TemplateSpec = {
  name: "taloussuunnitelma",
  title: {
    fi: "Kuntayhtymän talousarvio ja suunnitelma 3 v",
    sv: "Samkommunens budget och plan för 3 år",
    en: "Joint authority budget and plan, 3 years",
  },
  description: {
    fi: "Talousarviovuosi ja kaksi suunnitteluvuotta rinnakkain: kunkin vuoden 95 %:n katto, kattovara ja jäsenkuntien maksut sentilleen.",
    sv: "Budgetåret och två planeringsår sida vid sida: varje års tak på 95 %, marginal och medlemskommunernas avgifter på centen.",
    en: "The budget year and two planning years side by side: each year's 95 % cap, headroom and members' payments to the cent.",
  },
  instructions: INSTRUCTIONS,
  sheets: [
    {
      name: { fi: "Suunnitelma", sv: "Plan" },
      columns: [40, 17, 17, 17],
      cells: [
        {
          ref: "A1",
          value: {
            fi: "Kuntayhtymän talousarvio ja suunnitelma",
            sv: "Samkommunens budget och plan",
          },
          style: "title",
        },
        ...labelled(
          2,
          { fi: "Talousarviovuosi", sv: "Budgetår" },
          { value: 2026, style: "example", format: "year", source: BUDGET }
        ),
        ...labelled(
          3,
          { fi: "Kattosuhde", sv: "Takets andel" },
          { value: 0.95, style: "input", format: "share", source: CAP }
        ),
        {
          ref: "A5",
          value: { fi: "Valtionosuudet € (syöttö)", sv: "Statsandelar € (inmatning)" },
          style: "header",
        },
        ...yearRow(5),
        ...column("A", 6, KYMPPI, "example", undefined, MEMBERS),
        ...YEAR_COLS.flatMap((c, y) => column(c, 6, subsidies(y), "example", "eur", CONSTRUCTED)),
        { ref: "A16", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        ...YEAR_COLS.map((c) => ({
          ref: `${c}16`,
          formula: f("SUM", `${c}6:${c}15`),
          format: "eur" as const,
        })),
        ...labelled(
          17,
          { fi: "Maksukatto €", sv: "Avgiftstak €" },
          { formula: f("PAYMENTCAP", "B6:D15", "B3"), format: "eur" }
        ),
        {
          ref: "A18",
          value: { fi: "Talousarvio € (syöttö)", sv: "Budget € (inmatning)" },
          style: "label",
        },
        ...YEAR_COLS.flatMap((c, y) => column(c, 18, [BUDGETS[y]], "example", "eur", BUDGET)),
        ...labelled(
          19,
          { fi: "Kattovara €", sv: "Marginal €" },
          { formula: f("CAPHEADROOM", "B18:D18", "B6:D15", "B3"), format: "eur" }
        ),
        {
          ref: "A21",
          value: { fi: "Jäsenkuntien maksut €", sv: "Medlemskommunernas avgifter €" },
          style: "header",
        },
        ...yearRow(21),
        ...KYMPPI.map((_, i) => ({
          ref: `A${22 + i}`,
          formula: f("REF", `$A$${6 + i}`),
          style: "label" as const,
        })),
        { ref: "B22", formula: f("MEMBERPAYMENTS", "B18:D18", "B6:D15", "B3"), format: "eur" },
        { ref: "A32", value: { fi: "Maksut yhteensä", sv: "Avgifter totalt" }, style: "header" },
        ...YEAR_COLS.map((c) => ({
          ref: `${c}32`,
          formula: f("SUM", `${c}22:${c}31`),
          format: "eur" as const,
        })),
        { ref: "A33", value: { fi: "Maksut − talousarvio €", sv: "Avgifter − budget €" } },
        ...YEAR_COLS.map((c) => ({
          ref: `${c}33`,
          formula: f("SUM", `${c}32`, `-${c}18`),
          format: "eur" as const,
        })),
        ...scheduleRows(35),
      ],
      charts: [
        {
          kind: "bar",
          title: {
            fi: "Jäsenkuntien maksut vuosittain (€)",
            sv: "Medlemskommunernas avgifter per år (€)",
          },
          categories: "A22:A31",
          series: YEAR_COLS.map((c, y) => ({ name: YEAR_NAMES[y], values: `${c}22:${c}31` })),
          from: "F3",
          to: "O26",
        },
      ],
    },
  ],
};
