import { Body1, Caption1, Title1 } from "@fluentui/react-components";

/** The languages the add-in speaks. */
export type Language = "fi" | "sv" | "en";

const TEXT = {
  fi: {
    title: "Työllisyysalue",
    standalone: "Tämä on erillinen esikatselu selaimessa: Excel ei ole yhteydessä.",
    inExcel: "Yhteydessä Exceliin.",
    source: "Lähde: Tilastokeskus, kuntarajat 2025, CC BY 4.0",
  },
  sv: {
    title: "Sysselsättningsområde",
    standalone: "Det här är en fristående förhandsvisning i webbläsaren: Excel är inte anslutet.",
    inExcel: "Ansluten till Excel.",
    source: "Källa: Statistikcentralen, kommungränser 2025, CC BY 4.0",
  },
  en: {
    title: "Employment area",
    standalone: "This is a standalone preview in the browser: Excel is not connected.",
    inExcel: "Connected to Excel.",
    source: "Source: Statistics Finland, municipal borders 2025, CC BY 4.0",
  },
} as const;

/**
 * Picks fi, sv or en from a BCP 47 tag such as "sv-FI"; anything else falls back to English.
 * @example pickLanguage("sv-FI") // "sv"
 */
export function pickLanguage(tag: string | undefined): Language {
  const primary = (tag ?? "").toLowerCase().split("-")[0];
  return primary === "fi" || primary === "sv" ? primary : "en";
}

/** Props of {@link App}: the Office host (null outside Office) and the UI language. */
export interface AppProps {
  host: Office.HostType | null;
  language: Language;
}

/** The task pane shell: a heading, and whether it runs inside Excel or as a standalone preview. */
export function App({ host, language }: AppProps) {
  const t = TEXT[language];
  return (
    <div style={{ padding: 16 }}>
      <main aria-labelledby="app-title">
        <Title1 as="h1" id="app-title">
          {t.title}
        </Title1>
        <p>
          <Body1 role="status">{host ? t.inExcel : t.standalone}</Body1>
        </p>
      </main>
      <footer>
        <Caption1>{t.source}</Caption1>
      </footer>
    </div>
  );
}
