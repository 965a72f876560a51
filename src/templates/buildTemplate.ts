import JSZip from "jszip";
import { addCharts } from "./package/charts";
import { markDynamicArrays } from "./package/dynamicArrays";
import { normalizedPackage } from "./package/normalize";
import { addWebExtension, type AddinReference } from "./package/webExtension";
import { computeSheet } from "./computeSheet";
import type { Lang, TemplateSpec } from "./spec";
import { writeWorkbook } from "./writeWorkbook";

/** What a build needs besides the spec: the add-in to embed. */
export interface BuildOptions {
  readonly addin: AddinReference;
}

/**
 * Builds one template in one language: values computed by the headless engine (the one
 * `tyoalue calc` checks with), written with exceljs, then the package is finished with jszip
 * (dynamic-array metadata, charts, the add-in's webextension and task-pane parts) and
 * re-zipped deterministically.
 */
export async function buildTemplate(
  spec: TemplateSpec,
  lang: Lang,
  options: BuildOptions
): Promise<Buffer> {
  const evaluated = spec.sheets.map((sheet) => computeSheet(sheet, lang));
  const wb = writeWorkbook(spec, lang, evaluated);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await markDynamicArrays(zip);
  await addCharts(zip, spec, lang, evaluated);
  await addWebExtension(zip, options.addin);
  return normalizedPackage(zip);
}
