/** Figures as the created sheet shows them: shares with two decimals, FTE with one. */
import { INTL_TAGS } from "../../core";
import type { Language } from "../i18n";

/**
 * A share as a percentage with two decimals, like the sheet's `0.00 %` format.
 * @example percent2(0.138854663646, "fi") // "13,89 %"
 */
export function percent2(fraction: number, language: Language): string {
  return new Intl.NumberFormat(INTL_TAGS[language], {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fraction);
}

/** FTE with one decimal, like the sheet's `0.0` format. */
export function fte1(x: number, language: Language): string {
  return x.toLocaleString(INTL_TAGS[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/**
 * Euros with two decimals and no currency sign, as a planner would type them (a placeholder).
 * @example amount2(1565101.63, "fi") // "1 565 101,63"
 */
export function amount2(x: number, language: Language): string {
  return x.toLocaleString(INTL_TAGS[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}
