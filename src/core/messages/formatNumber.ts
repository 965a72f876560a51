/** The product's three languages. */
export type Locale = "en" | "fi" | "sv";

/** The Intl (BCP 47) tag each language formats numbers and dates with: Finland's, and British English. */
export const INTL_TAGS: Readonly<Record<Locale, string>> = {
  en: "en-GB",
  fi: "fi-FI",
  sv: "sv-FI",
};
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, kind: "number" | "euro" | "percent"): Intl.NumberFormat {
  const id = `${locale}:${kind}`;
  let f = cache.get(id);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === "euro"
        ? { style: "currency", currency: "EUR" }
        : kind === "percent"
          ? { style: "percent", maximumFractionDigits: 10 }
          : { maximumFractionDigits: 10 };
    f = new Intl.NumberFormat(INTL_TAGS[locale], options);
    cache.set(id, f);
  }
  return f;
}

/**
 * A number in the locale's format: grouped thousands, decimal comma in fi/sv.
 * @example formatNumber(28616, "en") // "28,616"
 * @example formatNumber(28616, "fi") // "28\u00a0616"
 */
export function formatNumber(value: number, locale: Locale): string {
  return formatter(locale, "number").format(value);
}

/**
 * An amount in euros in the locale's currency format.
 * @example formatEuros(1234.56, "en") // "€1,234.56"
 * @example formatEuros(1234.56, "fi") // "1\u00a0234,56\u00a0€"
 */
export function formatEuros(euros: number, locale: Locale): string {
  return formatter(locale, "euro").format(euros);
}

/**
 * A fraction shown as a percentage.
 * @example formatPercent(0.95, "en") // "95%"
 * @example formatPercent(0.95, "fi") // "95\u00a0%"
 */
export function formatPercent(fraction: number, locale: Locale): string {
  return formatter(locale, "percent").format(fraction);
}
