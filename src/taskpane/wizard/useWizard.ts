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
import { useScenarios } from "./scenarios/useScenarios";
import { useSaved } from "./useSaved";
import { municipalityName } from "./registry";
import { useScalarLabel } from "./labels";
import { validate } from "./validate";
import { planOf, yearOf } from "./scenarios/evaluateScenario";
import { usePaste } from "./paste/usePaste";
import { useCostSharingEdits } from "./useCostSharingEdits";
import { useInputEdits } from "./useInputEdits";
import { STEPS } from "./steps";
import { useSheet } from "./useSheet";
import { warnings as findWarnings } from "./warnings";

export const STEP_COUNT = STEPS.length;

/** `preview`: the standalone preview's capabilities (show and download the created sheet). */
export function useWizard(host: WorkbookHost, language: Language, preview?: PreviewCapabilities) {
  const t = STRINGS[language];
  const [step, setStepState] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [message, setStatus] = useState("");
  // A status line says what just happened in the language it was said in: after a switch of
  // language it goes (it would stay Swedish on a Finnish pane), set during render, not after.
  const [statusLanguage, setStatusLanguage] = useState(language);
  if (statusLanguage !== language) {
    setStatusLanguage(language);
    setStatus("");
  }
  const [switched, setSwitched] = useState(0);
  const scalarLabel = useScalarLabel(language);
  const name = useCallback((code: string) => municipalityName(code, language), [language]);

  // Another scenario: the fields' shown errors start afresh (touched and attempted belong to
  // the inputs they were shown for), and a pending paste or its undo is forgotten.
  const onSwitch = useCallback(() => {
    setTouched(new Set());
    setAttempted(new Set());
    setSwitched((n) => n + 1);
  }, []);
  const scenarios = useScenarios({ language, t, setStatus, onSwitch });
  const { inputs, setInputs, list } = scenarios;
  const scenarioId = scenarios.current.id;

  const loaded = useSaved({
    host,
    t,
    language,
    step,
    list,
    setList: scenarios.setList,
    setStep: setStepState,
    setStatus,
  });

  // Results follow the inputs at lower priority: a keystroke paints its own cell first, and
  // validation and results (every member, contiguity, the apportionments) come right after.
  // The deferred value carries its scenario: right after a switch the new scenario's inputs
  // are used at once, so no step ever shows one scenario's results beside another's inputs.
  const live = useMemo(() => ({ id: scenarioId, inputs }), [scenarioId, inputs]);
  const deferred = useDeferredValue(live);
  const settled = deferred.id === scenarioId ? deferred.inputs : inputs;
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
  const plan = useMemo(
    () => planOf(errors, settled, validation, name),
    [errors, settled, validation, name]
  );

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
  const paste = usePaste({ t, inputs, setInputs, setStatus, scope: switched });
  const sheet = useSheet(host, plan, language, t, setStatus, scenarioId);

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
    scenarios,
    /** Deletes a scenario and forgets the sheet it created (the sheet stays in the workbook). */
    removeScenario: (id: string) => {
      scenarios.remove(id);
      sheet.forget(id);
    },
    validation,
    calc,
    plan,
    name,
    scalarLabel,
    goToSheet: (sheetName: string) => host.activate(sheetName),
    /** The workbook port, for the comparison sheet (the steps get their capabilities above). */
    host,
    preview,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
