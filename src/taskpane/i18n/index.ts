/** The task pane's texts and a tiny formatter for `{placeholders}`. */
import { en, type UiStrings } from "./en";
import { fi } from "./fi";
import type { Language } from "./language";
import { sv } from "./sv";

export { pickLanguage, LANGUAGES, type Language } from "./language";
export { SHEET_LABELS } from "./sheetLabels";
export type { UiStrings };

export const STRINGS: Readonly<Record<Language, UiStrings>> = { fi, sv, en };

/**
 * Fills `{name}` placeholders of a template.
 * @example fill("Step {n}", { n: 2 }) // "Step 2"
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
