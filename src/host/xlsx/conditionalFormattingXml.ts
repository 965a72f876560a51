/**
 * The highlights of an exported sheet: one `<conditionalFormatting>` per highlight, an
 * expression rule with the shared "differs" formula (relative to the range's top-left cell,
 * as in Excel) and differential style 0 (styles.ts), so Excel and LibreOffice keep
 * highlighting live as inputs change.
 */
import { conditionalFormula } from "../differs";
import type { ConditionalFormatSpec } from "../SheetSpec";
import { esc } from "./xml";

/** The elements for `specs` ("" when there are none). */
export function conditionalFormattingXml(
  specs: readonly ConditionalFormatSpec[] | undefined
): string {
  return (specs ?? [])
    .map(
      (cf, i) =>
        `<conditionalFormatting sqref="${esc(cf.range)}">` +
        `<cfRule type="expression" dxfId="0" priority="${i + 1}">` +
        `<formula>${esc(conditionalFormula(cf).replace(/^=/, ""))}</formula></cfRule>` +
        "</conditionalFormatting>"
    )
    .join("");
}
