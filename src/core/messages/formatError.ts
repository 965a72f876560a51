import type { CalcError } from "../result";
import { en, type Catalog, type MessageKey } from "./en";
import { fi } from "./fi";
import { fill } from "./fill";
import { sv } from "./sv";
import { formatEuros, formatNumber, formatPercent, type Locale } from "./formatNumber";

const CATALOGS: Record<Locale, Catalog> = { en, fi, sv };

/** True when `key` is a key of the message catalog. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function show(name: string, value: string | number, locale: Locale): string {
  if (typeof value === "string") return value;
  if (name.endsWith("Eur")) return formatEuros(value, locale);
  if (name.endsWith("Pct")) return formatPercent(value, locale);
  return formatNumber(value, locale);
}

/**
 * Renders a calculation error as a sentence in the user's language, naming the argument
 * and the position. `argLabel` maps an English parameter id (e.g. "labourForce") to the
 * label the user sees; by default the id itself is shown. An unknown message key falls
 * back to the generic "is not valid" message rather than showing the raw key.
 * @example formatError({ code: "#VALUE!", message: "cell.blank", arg: "labourForce", at: { row: 3 } }, "en") // "row 3 of labourForce is blank"
 * @example formatError({ code: "#VALUE!", message: "cell.blank", arg: "labourForce", at: { row: 3 } }, "fi") // "labourForce: rivi 3 on tyhjä"
 * @example formatError({ code: "#VALUE!", message: "cell.blank", arg: "labourForce", at: { row: 3 } }, "sv", (id) => id === "labourForce" ? "arbetskraft" : id) // "rad 3 i arbetskraft är tom"
 */
export function formatError(
  error: CalcError,
  locale: Locale,
  argLabel: (argId: string) => string = (id) => id
): string {
  const catalog = CATALOGS[locale] ?? en;
  const key: MessageKey = isMessageKey(error.message) ? error.message : "value.invalid";
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.params ?? {}))
    values[name] = show(name, value, locale);
  if (typeof error.params?.other === "string") values.other = argLabel(error.params.other);
  const arg = error.arg === undefined ? "" : argLabel(error.arg);
  const at = error.at;
  const whereKey: MessageKey = !at
    ? "where.arg"
    : at.col === undefined
      ? "where.row"
      : "where.cell";
  values.arg = arg;
  values.where = fill(catalog[whereKey], {
    arg,
    row: at ? formatNumber(at.row, locale) : "",
    col: at?.col === undefined ? "" : formatNumber(at.col, locale),
  });
  return fill(catalog[key], values);
}
