/** Excel's sheet-name rules, applied the same way by both hosts. */

const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A valid sheet name based on `wanted` that is not among `taken` (compared
 * case-insensitively, as Excel does): "Plan", then "Plan (2)", "Plan (3)"…
 * Forbidden characters become "-", the name is cut to 31 characters and may not
 * start or end with an apostrophe.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(FORBIDDEN, "-")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  const used = new Set(taken.map((t) => t.toLocaleLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

/** A valid, unique Excel table name (letters, digits, underscore; starts with a letter). */
export function uniqueTableName(wanted: string, taken: readonly string[]): string {
  const base = (
    wanted
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\w]/g, "_")
      .replace(/^[^A-Za-z]+/, "") || "Table"
  ).slice(0, 200);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
