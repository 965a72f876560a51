/**
 * The wizard's state in one hook: inputs as typed, the step, validation shown per field
 * once touched (or once the user tried to go on), saving with the workbook, the paste and
 * the created sheet. Components only render what it returns.
 */
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { PreviewCapabilities } from "../capabilities";
import { fill, STRINGS, type Language } from "../i18n";
import { calculate } from "./calculate";
import { defaultInputs, type WizardInputs } from "./inputs";
import { useSaved } from "./useSaved";
import { municipalityName } from "./registry";
import { useScalarLabel } from "./labels";
import { toPlan, validate } from "./validate";
import { usePaste } from "./paste/usePaste";
import { useCostSharingEdits } from "./useCostSharingEdits";
import { useInputEdits } from "./useInputEdits";
import { STEPS } from "./steps";
import { useSheet } from "./useSheet";
import { warnings as findWarnings } from "./warnings";

export const STEP_COUNT = STEPS.length;

/** The calendar year of a "YYYY-MM-DD" date, or undefined. */
const yearOf = (date: string): number | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : undefined;

/** `preview`: the standalone preview's capabilities (show and download the created sheet). */
export function useWizard(host: WorkbookHost, language: Language, preview?: PreviewCapabilities) {
  const t = STRINGS[language];
  const [inputs, setInputs] = useState<WizardInputs>(() => defaultInputs(language));
  const [step, setStepState] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [message, setStatus] = useState("");
  const scalarLabel = useScalarLabel(language);
  const name = useCallback((code: string) => municipalityName(code, language), [language]);

  const loaded = useSaved({ host, t, step, inputs, setInputs, setStep: setStepState, setStatus });

  // Results follow the inputs at lower priority: a keystroke paints its own cell first, and
  // validation and results (every member, contiguity, the apportionments) come right after.
  const settled = useDeferredValue(inputs);
  const validation = useMemo(
    () => validate(settled, language, t, scalarLabel, name),
    [settled, language, t, scalarLabel, name]
  );
  const calc = useMemo(
    () => calculate(settled, validation, language),
    [settled, validation, language]
  );
  const errors = useMemo(() => new Map([...validation.errors, ...calc.errors]), [validation, calc]);
  const warnings = useMemo(
    () => findWarnings(settled, validation, calc, language, scalarLabel, name),
    [settled, validation, calc, language, scalarLabel, name]
  );
  const startYear = yearOf(settled.asOf);
  const plan = useMemo(() => {
    const p = errors.size === 0 ? toPlan(settled, validation, name) : undefined;
    return p && startYear !== undefined ? { ...p, startYear } : p;
  }, [errors, settled, validation, name, startYear]);

  // Which step asks for each field, built once per inputs (errorOf runs for every cell).
  const stepOf = useMemo(() => {
    const map = new Map<string, number>();
    STEPS.forEach((s, i) => s.fields(settled).forEach((id) => map.set(id, i)));
    return map;
  }, [settled]);
  const errorOf = (id: string) =>
    touched.has(id) || attempted.has(stepOf.get(id) ?? -1) ? errors.get(id) : undefined;
  const stepErrors = (s: number) => STEPS[s].fields(settled).filter((id) => errors.has(id));
  /** What holds Next on step `s`: its fields' errors and any wrong value typed on it. */
  const blocking = (s: number) => {
    const typedWrong = (STEPS[s].shows?.(settled) ?? []).filter(
      (id) => touched.has(id) && errors.has(id)
    );
    return [...new Set([...stepErrors(s), ...typedWrong])];
  };
  const fixCount = attempted.has(step) ? blocking(step).length : 0;

  const setStep = (s: number) => {
    setStatus("");
    setStepState(Math.max(0, Math.min(STEP_COUNT - 1, s)));
  };
  const touch = (id: string) => setTouched((prev) => new Set(prev).add(id));
  /** Goes on, or returns the id of the first field to fix (the caller focuses it). */
  const next = (): string | undefined => {
    const bad = blocking(step);
    if (bad.length > 0) {
      setAttempted((prev) => new Set(prev).add(step));
      return bad[0];
    }
    setStep(step + 1);
    return undefined;
  };

  const edits = useInputEdits({ host, t, inputs, setInputs, setStatus, name });
  const costSharing = useCostSharingEdits(setInputs);
  const paste = usePaste({ t, inputs, setInputs, setStatus });
  const sheet = useSheet(host, plan, language, t, setStatus);

  return {
    t,
    language,
    inputs,
    step,
    setStep,
    next,
    back: () => setStep(step - 1),
    loaded,
    status: fixCount > 0 ? fill(t.fixErrors, { count: fixCount }) : message,
    setStatus,
    errorOf,
    warnings,
    stepErrors,
    stepOfField: (id: string) => stepOf.get(id) ?? -1,
    touch,
    startYear,
    ...edits,
    ...costSharing,
    paste,
    sheet,
    validation,
    calc,
    plan,
    name,
    scalarLabel,
    goToSheet: (sheetName: string) => host.activate(sheetName),
    preview,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
