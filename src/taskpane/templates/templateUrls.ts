/*
 * Where the built templates are served from. Each `new URL(…, import.meta.url)` makes webpack
 * emit the .xlsx beside the bundle and gives its URL, so the task pane needs no copy step.
 * Only loaded by the browser build (jest never imports this module: import.meta is ESM-only).
 * One line per template and language; a test checks the list against the catalog.
 */

/** Template file stem and language ("tyollisyysalue.fi") → the URL of its .xlsx. */
export const TEMPLATE_URLS: Readonly<Record<string, string>> = {
  "tyollisyysalue.fi": new URL("../../../assets/templates/tyollisyysalue.fi.xlsx", import.meta.url)
    .href,
  "tyollisyysalue.sv": new URL("../../../assets/templates/tyollisyysalue.sv.xlsx", import.meta.url)
    .href,
  "valtionosuus.fi": new URL("../../../assets/templates/valtionosuus.fi.xlsx", import.meta.url)
    .href,
  "valtionosuus.sv": new URL("../../../assets/templates/valtionosuus.sv.xlsx", import.meta.url)
    .href,
  "kuntayhtyma.fi": new URL("../../../assets/templates/kuntayhtyma.fi.xlsx", import.meta.url).href,
  "kuntayhtyma.sv": new URL("../../../assets/templates/kuntayhtyma.sv.xlsx", import.meta.url).href,
  "henkilosto.fi": new URL("../../../assets/templates/henkilosto.fi.xlsx", import.meta.url).href,
  "henkilosto.sv": new URL("../../../assets/templates/henkilosto.sv.xlsx", import.meta.url).href,
  "tyottomyysturva.fi": new URL(
    "../../../assets/templates/tyottomyysturva.fi.xlsx",
    import.meta.url
  ).href,
  "tyottomyysturva.sv": new URL(
    "../../../assets/templates/tyottomyysturva.sv.xlsx",
    import.meta.url
  ).href,
  "aluejako.fi": new URL("../../../assets/templates/aluejako.fi.xlsx", import.meta.url).href,
  "aluejako.sv": new URL("../../../assets/templates/aluejako.sv.xlsx", import.meta.url).href,
  "taloussuunnitelma.fi": new URL(
    "../../../assets/templates/taloussuunnitelma.fi.xlsx",
    import.meta.url
  ).href,
  "taloussuunnitelma.sv": new URL(
    "../../../assets/templates/taloussuunnitelma.sv.xlsx",
    import.meta.url
  ).href,
};
