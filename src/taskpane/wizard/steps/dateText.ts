/**
 * The "figures as of" date as typed and shown in the pane's language, stored as ISO
 * "YYYY-MM-DD". Finnish and Finland-Swedish write 30.6.2025 (day.month.year without leading
 * zeros; CLDR's fi-FI and sv-FI short dates); English shows ISO 2025-06-30. Either form is
 * read in every language, so a date pasted from another language's pane still counts.
 */
import type { Language } from "../../i18n";

/** The pattern the field shows as its placeholder. */
export const DATE_PATTERN: Readonly<Record<Language, string>> = {
  fi: "p.k.vvvv",
  sv: "d.m.åååå",
  en: "yyyy-mm-dd",
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** A real calendar day (no 31.2.), years 1000–9999. */
function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  const real =
    d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real && year >= 1000 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * Reads a typed date: "30.6.2025", "30.06.2025" or "2025-06-30" → "2025-06-30"; blank → "";
 * anything else (including days that do not exist) → undefined.
 */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  if (t === "") return "";
  const i = ISO.exec(t);
  if (i) return iso(Number(i[1]), Number(i[2]), Number(i[3]));
  const d = DOTTED.exec(t);
  return d ? iso(Number(d[3]), Number(d[2]), Number(d[1])) : undefined;
}

/** Shows a stored "YYYY-MM-DD" in `language`: fi/sv "30.6.2025", en "2025-06-30"; "" stays "". */
export function formatDateText(value: string, language: Language): string {
  const m = ISO.exec(value);
  if (!m || language === "en") return value;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}
