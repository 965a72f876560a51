/** How the preview grid shows a computed value, following the cell's number format. */
import { formatEuros, formatNumber, formatPercent, INTL_TAGS } from "../../core";
import { NumberFormats, type CellSpec } from "../../host/SheetSpec";
import type { CellValue } from "../../host/WorkbookHost";
import type { Language } from "../i18n";

const TRUE_FALSE: Readonly<Record<Language, [string, string]>> = {
  fi: ["TOSI", "EPÄTOSI"],
  sv: ["SANT", "FALSKT"],
  en: ["TRUE", "FALSE"],
};

/** The text of a cell as a finance officer would see it in Excel. */
export function showCell(v: CellValue, spec: CellSpec, language: Language): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return TRUE_FALSE[language][v ? 0 : 1];
  if (typeof v === "string") return v;
  const format = spec && "format" in spec ? spec.format : undefined;
  if (format === NumberFormats.euros) return formatEuros(v, language);
  if (format === NumberFormats.percent) return formatPercent(v, language);
  if (format === NumberFormats.fte)
    return v.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (format === NumberFormats.count) return formatNumber(Math.round(v), language);
  // Excel's General: no thousands separator (a year is 2024, not 2 024), up to 10 decimals.
  return v.toLocaleString(INTL_TAGS[language], { useGrouping: false, maximumFractionDigits: 10 });
}
