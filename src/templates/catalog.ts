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
