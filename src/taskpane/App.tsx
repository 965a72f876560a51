import { Body1, Caption1, Field, Select, Tab, TabList, Title1 } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { WorkbookHost } from "../host";
import { useAppStyles } from "./App.styles";
import type { PreviewCapabilities } from "./capabilities";
import { LANGUAGES, STRINGS, type Language } from "./i18n";

// Each view is its own chunk, so the pane's first paint loads only this frame.
const Wizard = lazy(() =>
  import(/* webpackChunkName: "wizard" */ "./wizard/Wizard").then((m) => ({ default: m.Wizard }))
);
const TemplatesView = lazy(() =>
  import(/* webpackChunkName: "templates" */ "./templates/TemplatesView").then((m) => ({
    default: m.TemplatesView,
  }))
);

const FormingView = lazy(() =>
  import(/* webpackChunkName: "forming" */ "./forming/FormingView").then((m) => ({
    default: m.FormingView,
  }))
);

export { type Language } from "./i18n";

/** Props of {@link App}: the workbook port, whether Excel is there, and the starting language. */
export interface AppProps {
  readonly host: WorkbookHost;
  readonly inExcel: boolean;
  /** The standalone preview's capabilities (absent in Excel): show and download its sheets, write templates. */
  readonly preview?: PreviewCapabilities;
  readonly language: Language;
  /** Told when the user switches language (the preview's engine follows it). */
  readonly onLanguage?: (language: Language) => void;
}

const LANGUAGE_KEY = "tyoalue.language";

/** The language the user chose last time in this browser or Office profile, if any. */
function rememberedLanguage(): Language | undefined {
  try {
    const l = window.localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((x) => x === l);
  } catch {
    return undefined; // storage blocked: the display language decides
  }
}

// The forming view's tab name only; its texts load with the view.
const FORMING_NAV: Readonly<Record<Language, string>> = {
  fi: "Muodosta alueet",
  sv: "Bilda områden",
  en: "Form areas",
};

const NAMES: Readonly<Record<Language, string>> = { fi: "suomi", sv: "svenska", en: "English" };

/** The task pane: heading, language switch, the wizard or the templates, and the data attribution. */
export function App({ host, preview, inExcel, language: initial, onLanguage }: AppProps) {
  const s = useAppStyles();
  const [language, setLanguage] = useState(() => rememberedLanguage() ?? initial);
  const [view, setView] = useState<"wizard" | "templates" | "forming">("wizard");
  const t = STRINGS[language];
  useEffect(() => {
    document.documentElement.lang = language;
    onLanguage?.(language);
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      /* storage blocked: the choice lasts for this session */
    }
  }, [language, onLanguage]);
  return (
    <div className={s.root}>
      <header className={s.header}>
        <Title1 as="h1" id="app-title" className={s.title}>
          {t.appTitle}
        </Title1>
        <Field label={t.language} orientation="horizontal">
          <Select value={language} onChange={(_, d) => setLanguage(d.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <Body1 role="note">{inExcel ? t.inExcel : t.standalone}</Body1>
      <TabList
        size="small"
        style={{ flexWrap: "wrap" }}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as "wizard" | "templates" | "forming")}
        aria-label={t.appTitle}
      >
        <Tab value="wizard">{t.navWizard}</Tab>
        <Tab value="templates">{t.navTemplates}</Tab>
        <Tab value="forming">{FORMING_NAV[language]}</Tab>
      </TabList>
      <main aria-labelledby="app-title">
        <Suspense fallback={<Body1 role="status">{t.loading}</Body1>}>
          {view === "wizard" ? (
            <Wizard host={host} language={language} preview={preview} />
          ) : view === "forming" ? (
            <FormingView host={host} language={language} preview={preview} />
          ) : (
            <TemplatesView host={host} language={language} preview={preview} />
          )}
        </Suspense>
      </main>
      <footer>
        <Caption1>{t.source}</Caption1>
      </footer>
    </div>
  );
}
