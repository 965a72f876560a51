import * as core from "../../src/core";
import { edited, recalculated, scratch, value } from "./support/calc";
import { cached, cents, readWorkbook } from "./support/templateFiles";

/*
 * The three-year budget template (taloussuunnitelma): its cached values, checked by hand,
 * and the values `tyoalue calc` gives after inputs are edited, checked against the core.
 */
// The template's constructed figures: Kymppi's members' labour force (area template, Σ 28 616)
// × 248.60 €, 245.12 € and 241.69 € (−1.4 % a year, rounded to the cent).
const FORCE = [3879, 4588, 1001, 6215, 1460, 1210, 5881, 834, 1210, 2338];
const PER_PERSON = [248.6, 245.12, 241.69];
const subsidy = (year: number) => FORCE.map((lf) => Math.round(lf * PER_PERSON[year] * 100) / 100);
type Validated = { dataValidations: { model: Record<string, unknown> } };
const EUROS = { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] };
const COLS = ["B", "C", "D"] as const;
const ROWS = FORCE.map((_, i) => i);

describe.each([
  ["fi", "Suunnitelma"],
  ["sv", "Plan"],
])("taloussuunnitelma.%s", (lang, sheet) => {
  it("three years from the budget year, each cap 95 % of that year's subsidies, rounded down", async () => {
    const wb = await readWorkbook(`assets/templates/taloussuunnitelma.${lang}.xlsx`);
    expect(["B5", "C5", "D5"].map((r) => cached(wb, sheet, r))).toEqual([2026, 2027, 2028]);
    // 28 616 × 248.60 = 7 113 937.60; × 0.95 = 6 758 240.72
    // 28 616 × 245.12 = 7 014 353.92; × 0.95 = 6 663 636.224 → 6 663 636.22
    // 28 616 × 241.69 = 6 916 201.04; × 0.95 = 6 570 390.988 → 6 570 390.98 (down, functions.md)
    expect(COLS.map((c) => cached(wb, sheet, `${c}17`))).toEqual([
      6758240.72, 6663636.22, 6570390.98,
    ]);
    // minus the budgets 6 500 000, 6 450 000 and 6 400 000
    expect(COLS.map((c) => cached(wb, sheet, `${c}19`))).toEqual([258240.72, 213636.22, 170390.98]);
    // The basic agreement's dates (31.8., 15.10.) fall in the year before the budget year.
    expect(["C36", "C37"].map((r) => cached(wb, sheet, r))).toEqual([2025, 2025]);
  });

  it("accepts euros ≥ 0 for subsidies and budgets, and a year 2000–2100", async () => {
    const wb = await readWorkbook(`assets/templates/taloussuunnitelma.${lang}.xlsx`);
    const model = (wb.getWorksheet(sheet) as unknown as Validated).dataValidations.model;
    const euros = COLS.flatMap((c) => [...ROWS.map((i) => `${c}${6 + i}`), `${c}18`]);
    for (const ref of euros)
      expect([ref, model[ref]]).toEqual([ref, expect.objectContaining(EUROS)]);
    expect(model.B2).toMatchObject({ type: "whole", operator: "between", formulae: [2000, 2100] });
  });

  it("members' payments: pro rata within a cent, each year adding up to its budget exactly", async () => {
    const wb = await readWorkbook(`assets/templates/taloussuunnitelma.${lang}.xlsx`);
    COLS.forEach((c, y) => {
      const budget = Number(cached(wb, sheet, `${c}18`));
      const s = subsidy(y);
      const total = s.reduce((a, b) => a + b, 0);
      expect(ROWS.map((i) => cached(wb, sheet, `${c}${6 + i}`))).toEqual(s);
      const paid = ROWS.map((i) => cents(cached(wb, sheet, `${c}${22 + i}`)));
      paid.forEach((p, i) => expect(Math.abs(p - (budget * 100 * s[i]) / total)).toBeLessThan(1));
      expect(paid.reduce((a, b) => a + b, 0)).toBe(budget * 100);
      expect(cached(wb, sheet, `${c}33`)).toBe(0); // payments − budget
    });
  });
});

describe("taloussuunnitelma recalculated by tyoalue calc after edits", () => {
  const dir = scratch();

  it("planning year 1's budget 6 600 000 € and Kauhava's planning-year-2 subsidy 1 400 000 €", async () => {
    const file = await edited(dir, "assets/templates/taloussuunnitelma.sv.xlsx", "Plan", {
      C18: 6600000,
      D9: 1400000,
    });
    const json = await recalculated(file);
    const budgets = [6500000, 6600000, 6400000];
    const years = [subsidy(0), subsidy(1), subsidy(2).map((x, i) => (i === 3 ? 1400000 : x))];
    const table = ROWS.map((i) => years.map((y) => y[i])); // members × years
    expect(json["Plan!B17"]).toEqual([value(core.paymentCapsByYear(table, 0.95))]);
    expect(json["Plan!B19"]).toEqual([value(core.capHeadroomsByYear(budgets, table, 0.95))]);
    expect(json["Plan!B22"]).toEqual(value(core.memberPaymentsByYear(budgets, table, 0.95)));
    expect(["B32", "C32", "D32"].map((r) => json[`Plan!${r}`])).toEqual(budgets);
  }, 30_000);
});
