import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../host";
import { excelHostFromOffice } from "../host/excelHost";
import { App } from "./App";
import type { PreviewCapabilities } from "./capabilities";
import { localeOf } from "../core";
import type { Language } from "./i18n";

/* global document, navigator, Office */

/**
 * The host: Excel when Office says so, else the in-memory preview (a lazily loaded chunk with
 * the engine) and the preview's extra capabilities, which the views receive as they are.
 */
async function chooseHost(
  inExcel: boolean,
  language: () => Language
): Promise<{ host: WorkbookHost; preview?: PreviewCapabilities }> {
  if (inExcel) return { host: excelHostFromOffice() };
  const { createPreviewHost, previewCapabilities } = await import(
    /* webpackChunkName: "preview" */ "./preview/createPreviewHost"
  );
  const host = createPreviewHost(language);
  return { host, preview: previewCapabilities(host) };
}

Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  let language = localeOf(inExcel ? Office.context.displayLanguage : navigator.language);
  document.documentElement.lang = language;
  const container = document.getElementById("root");
  if (!container) return;
  const { host, preview } = await chooseHost(inExcel, () => language);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={host}
        preview={preview}
        inExcel={inExcel}
        language={language}
        onLanguage={(l) => (language = l)}
      />
    </FluentProvider>
  );
});
