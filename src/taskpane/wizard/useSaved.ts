/**
 * Keeping the wizard with the workbook: load once per host, save 300 ms after the last
 * change and at once when the wizard goes away, so nothing typed is lost.
 */
import { useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { fill, type UiStrings } from "../i18n";
import type { WizardInputs } from "./inputs";
import { loadWizard, saveWizard } from "./persistence";

export interface SavedDeps {
  readonly host: WorkbookHost;
  readonly t: UiStrings;
  readonly step: number;
  readonly inputs: WizardInputs;
  readonly setInputs: (i: WizardInputs) => void;
  readonly setStep: (s: number) => void;
  readonly setStatus: (s: string) => void;
}

/** Returns whether the saved state has been read (the wizard renders its steps after that). */
export function useSaved({ host, t, step, inputs, setInputs, setStep, setStatus }: SavedDeps) {
  const [loaded, setLoaded] = useState(false);
  // Load once per host. The message is read through a ref: a language switch must not reload
  // (and so overwrite) what the user has typed since.
  const texts = useRef(t);
  texts.current = t;
  useEffect(() => {
    loadWizard(host)
      .then((saved) => {
        if (saved) {
          setInputs(saved.inputs);
          setStep(saved.step);
        }
      })
      .catch((e: unknown) => setStatus(fill(texts.current.saveFailed, { reason: String(e) })))
      .finally(() => setLoaded(true));
  }, [host, setInputs, setStep, setStatus]);

  // Save 300 ms after the last change, and at once when the wizard goes away: nothing typed is lost.
  const pending = useRef<() => void>(undefined);
  useEffect(() => {
    if (!loaded) return;
    const save = () => {
      pending.current = undefined;
      saveWizard(host, { step, inputs }).catch((e: unknown) =>
        setStatus(fill(t.saveFailed, { reason: String(e) }))
      );
    };
    pending.current = save;
    const timer = setTimeout(save, 300);
    return () => clearTimeout(timer);
  }, [host, loaded, step, inputs, t, setStatus]);
  useEffect(() => () => pending.current?.(), []);
  return loaded;
}
