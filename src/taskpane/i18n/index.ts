/** The task pane's texts, and the `{placeholder}` filling they use. */
import { en, type UiStrings as BaseStrings } from "./en";
import { fi } from "./fi";
import type { Language } from "./language";
import { planEn, type PlanStrings } from "./planEn";
import { planFi } from "./planFi";
import { planSv } from "./planSv";
import { sv } from "./sv";

export { LANGUAGES, type Language } from "./language";
export { SHEET_LABELS } from "./sheetLabels";
/** Every text of the pane in one language. */
export type UiStrings = BaseStrings & PlanStrings;

export const STRINGS: Readonly<Record<Language, UiStrings>> = {
  fi: { ...fi, ...planFi },
  sv: { ...sv, ...planSv },
  en: { ...en, ...planEn },
};

/** `{placeholder}` filling: the core's, shared with the calculation messages. */
export { fill } from "../../core";
