/**
 * Keeping the wizard with the workbook: load once per host, save 300 ms after the last
 * change and at once when the wizard goes away, so nothing typed is lost (in any scenario).
 */
import { useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { fill, type Language, type UiStrings } from "../i18n";
import { loadWizard, saveWizard } from "./persistence";
import { newId, type ScenarioList } from "./scenarios/scenarioList";

export interface SavedDeps {
  readonly host: WorkbookHost;
  readonly t: UiStrings;
  readonly language: Language;
  readonly step: number;
  readonly list: ScenarioList;
  readonly setList: (l: ScenarioList) => void;
  readonly setStep: (s: number) => void;
  readonly setStatus: (s: string) => void;
}

/** Returns whether the saved state has been read (the wizard renders its steps after that). */
export function useSaved({
  host,
  t,
  language,
  step,
  list,
  setList,
  setStep,
  setStatus,
}: SavedDeps) {
  const [loaded, setLoaded] = useState(false);
  // Load once per host. The message is read through a ref: a language switch must not reload
  // (and so overwrite) what the user has typed since.
  const texts = useRef({ t, language });
  texts.current = { t, language };
  useEffect(() => {
    loadWizard(host, texts.current.language)
      .then((saved) => {
        if (saved) {
          const scenarios = saved.scenarios.map((s) => ({ ...s, id: newId() }));
          setList({ scenarios, current: scenarios[saved.current].id });
          setStep(saved.step);
        }
      })
      .catch((e: unknown) => setStatus(fill(texts.current.t.saveFailed, { reason: String(e) })))
      .finally(() => setLoaded(true));
  }, [host, setList, setStep, setStatus]);

  // Save 300 ms after the last change, and at once when the wizard goes away: nothing typed is lost.
  const pending = useRef<() => void>(undefined);
  useEffect(() => {
    if (!loaded) return;
    const save = () => {
      pending.current = undefined;
      const scenarios = list.scenarios.map(({ name, inputs }) => ({ name, inputs }));
      const current = Math.max(
        0,
        list.scenarios.findIndex((s) => s.id === list.current)
      );
      saveWizard(host, { step, current, scenarios }).catch((e: unknown) =>
        setStatus(fill(t.saveFailed, { reason: String(e) }))
      );
    };
    pending.current = save;
    const timer = setTimeout(save, 300);
    return () => clearTimeout(timer);
  }, [host, loaded, step, list, t, setStatus]);
  useEffect(() => () => pending.current?.(), []);
  return loaded;
}
