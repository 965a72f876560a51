/**
 * Template specifications are data: sheets, cells, styles, formulas by catalogue id,
 * example markers and charts. The builder (`buildTemplate`) turns one spec and one
 * language into an .xlsx package.
 */

/** Languages a template is built in. */
export type Lang = "fi" | "sv";
/** Languages the task pane shows titles in. */
export type UiLang = Lang | "en";

/** A text in every template language. */
export type Text = Readonly<Record<Lang, string>>;
/** A text in every task-pane language. */
export type UiText = Readonly<Record<UiLang, string>>;

/** How a cell looks: inputs and results are styled so a reader can tell them apart. */
export type TemplateStyle = "title" | "header" | "label" | "input" | "example" | "result" | "note";

/**
 * Number formats: euros to the cent, whole counts, FTE to one decimal, signed percentages
 * (a change), shares of a whole (0–100 %), decimals to one place, calendar years.
 */
export type TemplateFormat = "eur" | "int" | "fte" | "pct" | "share" | "dec" | "year";

/** A formula argument: a same-sheet reference ("B5" or "B5:B14"), a number or a text literal. */
export type FormulaArg = string | number | { readonly text: string };

/** A formula: a catalogue id (stored as `_xldudf_TYOALUE_<ID>`) or the built-in SUM. */
export interface FormulaSpec {
  readonly fn: string;
  readonly args: readonly FormulaArg[];
}

/** One cell. `value` is a constant (localized when a {@link Text}); `formula` a live formula. */
export interface TemplateCell {
  readonly ref: string;
  readonly value?: number | string | boolean | Text;
  readonly formula?: FormulaSpec;
  readonly style?: TemplateStyle;
  readonly format?: TemplateFormat;
  /** Source of an example figure, shown as a cell note (marks the cell as an example). */
  readonly source?: Text;
  /**
   * Written as a dynamic array even when the cached result is one cell, so that a list that
   * may grow (suggested members) spills in Excel instead of being cut to its first item.
   */
  readonly spill?: boolean;
}

/** A chart drawn from ranges of the same sheet. */
export interface TemplateChart {
  readonly kind: "bar" | "line";
  readonly title: Text;
  /** Category labels (a column range). */
  readonly categories: string;
  readonly series: readonly { readonly name: Text; readonly values: string }[];
  /** Top-left and bottom-right anchor cells. */
  readonly from: string;
  readonly to: string;
}

/** One worksheet of a template. */
export interface TemplateSheet {
  readonly name: Text;
  /** Column widths in characters, from column A. */
  readonly columns: readonly number[];
  readonly cells: readonly TemplateCell[];
  readonly charts?: readonly TemplateChart[];
}

/** A whole template: its file name stem, what the task pane shows, instructions, sheets. */
export interface TemplateSpec {
  /** File name stem: `assets/templates/<name>.<lang>.xlsx`. */
  readonly name: string;
  readonly title: UiText;
  readonly description: UiText;
  /** Paragraphs of the instructions sheet. */
  readonly instructions: Readonly<Record<Lang, readonly string[]>>;
  readonly sheets: readonly TemplateSheet[];
}

/** The localized string of a text or a plain string. */
export const localize = (t: string | Text, lang: Lang): string =>
  typeof t === "string" ? t : t[lang];
