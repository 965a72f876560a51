import type { WorkbookHost } from "../../host/WorkbookHost";

/**
 * The preview has no Excel to insert a file: a template's sheets are written through the
 * port instead (values and live formulas, computed by the engine; no styles or charts).
 */
export async function writeTemplate(host: WorkbookHost, base64: string): Promise<string[]> {
  const { templateToSheets } = await import("../templates/templateToSheets");
  const names: string[] = [];
  for (const sheet of await templateToSheets(base64))
    names.push((await host.writeSheet(sheet)).name);
  return names;
}
