import type { Lang, UiText } from "./spec";
import { TEMPLATES } from "./specs";

/** What the task pane shows about one template. */
export interface TemplateEntry {
  readonly name: string;
  readonly title: UiText;
  readonly description: UiText;
}

/** The templates the task pane lists, in order (from the specs, so titles are written once). */
export const TEMPLATE_CATALOG: readonly TemplateEntry[] = TEMPLATES.map(
  ({ name, title, description }) => ({
    name,
    title,
    description,
  })
);

/** Languages every template is built in. */
export const TEMPLATE_LANGS: readonly Lang[] = ["fi", "sv"];

/** Path of a built template relative to the add-in's root (as the build copies it). */
export const templatePath = (name: string, lang: Lang): string =>
  `assets/templates/${name}.${lang}.xlsx`;
