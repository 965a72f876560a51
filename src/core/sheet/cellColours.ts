/**
 * The colours of cell roles, one palette for the wizard's sheet (Office.js), the templates
 * (exceljs) and the preview grid (CSS): inputs pale yellow, example figures pale orange,
 * results pale green, headers grey. Colour is never the only cue: labels name the roles.
 */
export const CELL_COLOURS = {
  input: "#FFF2CC",
  example: "#FCE4D6",
  result: "#E2EFDA",
  header: "#D9D9D9",
  border: "#808080",
  noteText: "#595959",
} as const;

/**
 * A "#RRGGBB" colour as the opaque ARGB that .xlsx styles store.
 * @example argbOf("#FFF2CC") // "FFFFF2CC"
 */
export function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
