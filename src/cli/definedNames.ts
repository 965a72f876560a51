import { attrOf, xmlText } from "../templates/package/xmlText";
import { CliError } from "./cliError";
import type { FormulaCell } from "./readWorkbook";

/** The workbook's own defined names (Excel's built-in `_xlnm.` names, such as print areas, aside). */
export function definedNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>/g)]
    .map((m) => xmlText(attrOf(m[1], "name") ?? ""))
    .filter((n) => n && !n.startsWith("_xlnm."));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Refuses a workbook whose formulas use a defined name: the engine is given cells only, so such
 * a formula would compute #NAME? and `--out` would write it over a correct cached value. Names
 * the first cell and name. Quoted text is not searched.
 */
export function refuseDefinedNames(
  names: readonly string[],
  formulas: readonly FormulaCell[]
): void {
  if (names.length === 0) return;
  const pattern = new RegExp(`(?<![\\w.!$'])(${names.map(escape).join("|")})(?![\\w(!])`, "i");
  for (const f of formulas) {
    const m = pattern.exec(f.formula.replace(/"(?:[^"]|"")*"/g, '""'));
    if (m)
      throw new CliError("formula.definedName", { cell: `${f.sheet}!${f.address}`, name: m[1] });
  }
}
