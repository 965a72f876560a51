import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, pickLanguage } from "./App";

/* global document, navigator, Office */

Office.onReady((info) => {
  const officeLanguage = info.host ? Office.context.displayLanguage : undefined;
  const language = pickLanguage(officeLanguage ?? navigator.language);
  document.documentElement.lang = language;
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={info.host ?? null} language={language} />
    </FluentProvider>,
  );
});
