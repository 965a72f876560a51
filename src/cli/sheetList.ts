import { attrOf, xmlText } from "../templates/package/xmlText";
import { CliError } from "./cliError";
import type { OpenedPackage } from "./openPackage";

/** The worksheets of a package in workbook order: [name, part], e.g. ["Alue", "xl/worksheets/sheet2.xml"]. */
export function sheetList(pkg: OpenedPackage): [string, string][] {
  const wb = pkg.text("xl/workbook.xml");
  const rels = pkg.text("xl/_rels/workbook.xml.rels");
  if (!wb || !rels) throw new CliError("workbook.noWorkbookPart", { path: pkg.path });
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => [
      attrOf(m[1], "Id"),
      attrOf(m[1], "Target") ?? "",
    ])
  );
  return [...wb.matchAll(/<sheet\b([^>]*)\/?>/g)].flatMap((m) => {
    const target = targets.get(attrOf(m[1], "r:id"));
    if (!target) return [];
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    return /\/worksheets\//.test(part) ? [[xmlText(attrOf(m[1], "name") ?? ""), part]] : [];
  });
}
