/**
 * Highlights of a SheetSpec with Office.js (ExcelApi 1.6): each becomes a custom conditional
 * format whose rule is the shared "differs" formula, relative to the range's top-left cell,
 * so Excel keeps highlighting as the user changes inputs. Nothing here syncs.
 */
import { conditionalFormula, DIFFERS_LOOK } from "./differs";
import type { ConditionalFormatSpec } from "./SheetSpec";

/** Queues the conditional formats of `specs` on `sheet`. */
export function addConditionalFormats(
  sheet: Excel.Worksheet,
  specs: readonly ConditionalFormatSpec[] | undefined
): void {
  for (const cf of specs ?? []) {
    const custom = sheet.getRange(cf.range).conditionalFormats.add("Custom").custom;
    custom.rule.formula = conditionalFormula(cf);
    custom.format.fill.color = DIFFERS_LOOK.fill;
    custom.format.font.color = DIFFERS_LOOK.font;
    custom.format.font.bold = DIFFERS_LOOK.bold;
  }
}

/** Queues removing every conditional format from the ranges of `specs` (an earlier write's). */
export function clearConditionalFormats(
  sheet: Excel.Worksheet,
  specs: readonly ConditionalFormatSpec[] | undefined
): void {
  for (const cf of specs ?? []) sheet.getRange(cf.range).conditionalFormats.clearAll();
}
