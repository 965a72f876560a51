/**
 * The standalone preview's host: in memory, computed by the headless engine, inputs kept in
 * localStorage. Loaded with a dynamic import only outside Excel, so HyperFormula never
 * enters the bundle Excel loads up front.
 */
import { engineEvaluate } from "../../host/engineEvaluate";
import { createMemoryHost, type MemoryHost } from "../../host/memoryHost";
import type { PreviewCapabilities } from "../capabilities";
import type { Language } from "../i18n";
import { writeTemplate } from "./writeTemplate";

/** A memory host whose error messages follow `language()`. */
export function createPreviewHost(
  language: () => Language,
  store: Storage = window.localStorage
): MemoryHost {
  return createMemoryHost(engineEvaluate(language), store);
}

/** What the pane can do with the preview's workbook beyond the port. */
export function previewCapabilities(host: MemoryHost): PreviewCapabilities {
  return {
    workbook: { sheet: (name) => host.sheet(name), readSheet: (name) => host.readSheet(name) },
    exportSheet: (name) => host.exportSheet(name),
    writeTemplate: (base64) => writeTemplate(host, base64),
  };
}
