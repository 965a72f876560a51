import { mergeClasses } from "@fluentui/react-components";
import { fill, type UiStrings } from "../../i18n";
import type { PlanningYears } from "../planningYears";
import { useWizardStyles } from "../Wizard.styles";
import { ScrollRegion } from "./ScrollRegion";

/** Column headers: calendar years when the figures' year is known, else "Budget year"… */
export const yearHeaders = (t: UiStrings, budgetYear: number | undefined): string[] =>
  t.yearNames.map((name, j) => (budgetYear === undefined ? name : String(budgetYear + j)));

/**
 * The basic agreement's timetable (Kymppi): the preliminary budget to the members by 31.8.
 * and the approved budget and plan by 15.10. of the year before the budget year.
 */
export const timetable = (t: UiStrings, budgetYear: number | undefined): string =>
  budgetYear === undefined
    ? t.timetable
    : fill(t.timetableDated, {
        year: String(budgetYear),
        last: String(budgetYear + 2),
        before: String(budgetYear - 1),
      });

/** Each year's members' payments in total, summed in cents (undefined until computed). */
const totals = (years: PlanningYears): number[] | undefined =>
  years.payments &&
  years.budgets.map(
    (_, j) => years.payments!.reduce((a, row) => a + Math.round(row[j] * 100), 0) / 100
  );

/**
 * Each year's budget, cap and headroom (a negative headroom is marked); for a lead
 * municipality (`lead`: no cap) each year's budget and the members' payments in total.
 */
export function YearsTable(p: {
  readonly t: UiStrings;
  readonly years: PlanningYears;
  readonly headers: readonly string[];
  readonly show: (n: number) => string;
  readonly lead?: boolean;
}) {
  const s = useWizardStyles();
  const { t, years, headers, show } = p;
  const rows: [string, readonly number[] | undefined][] = p.lead
    ? [
        [t.yearBudget, years.budgets],
        [t.yearTotal, totals(years)],
      ]
    : [
        [t.yearBudget, years.budgets],
        [t.yearCap, years.caps],
        [t.yearHeadroom, years.headrooms],
      ];
  return (
    <ScrollRegion label={t.yearsCaption}>
      <table className={mergeClasses(s.table, s.resultTable)} id="years-table">
        <caption className={s.caption}>{t.yearsCaption}</caption>
        <thead>
          <tr>
            <td />
            {headers.map((h) => (
              <th key={h} scope="col" className={s.numberHead}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, values]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {headers.map((h, j) => (
                <td
                  key={h}
                  className={mergeClasses(
                    s.number,
                    values && values[j] < 0 ? s.warning : undefined
                  )}
                >
                  {values ? show(values[j]) : "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
