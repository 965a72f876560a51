/** The languages the add-in speaks: the core's (its `localeOf` picks one from a tag). */
import { LOCALES, type Locale } from "../../core";

export type Language = Locale;

export const LANGUAGES: readonly Language[] = LOCALES;
