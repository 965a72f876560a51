/** The task pane's texts, and the `{placeholder}` filling they use. */
import { en, type UiStrings } from "./en";
import { fi } from "./fi";
import type { Language } from "./language";
import { sv } from "./sv";

export { LANGUAGES, type Language } from "./language";
export { SHEET_LABELS } from "./sheetLabels";
export type { UiStrings };

export const STRINGS: Readonly<Record<Language, UiStrings>> = { fi, sv, en };

/** `{placeholder}` filling: the core's, shared with the calculation messages. */
export { fill } from "../../core";
