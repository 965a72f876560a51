/**
 * The wizard's state in one hook: inputs as typed, the step, validation shown per field
 * once touched (or once the user tried to go on), saving with the workbook, the paste and
 * the created sheet. Components only render what it returns.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { MemoryHost } from "../../host/memoryHost";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { fill, STRINGS, type Language } from "../i18n";
import { calculate } from "./calculate";
import {
  emptyMember,
  defaultInputs,
  type FigureKey,
  type ScalarKey,
  type WizardInputs,
} from "./inputs";
import { loadWizard, saveWizard } from "./persistence";
import { municipalityName } from "./registry";
import { useScalarLabel } from "./labels";
import { toPlan, validate } from "./validate";
import { membersFromCells } from "./membersFromCells";
import { usePaste } from "./paste/usePaste";
import { STEPS } from "./steps";
import { useSheet } from "./useSheet";
import { warnings as findWarnings } from "./warnings";

export const STEP_COUNT = STEPS.length;

/** The calendar year of a "YYYY-MM-DD" date, or undefined. */
const yearOf = (date: string): number | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : undefined;

/** `preview`: the standalone preview's workbook, whose created sheet the pane shows and downloads. */
export function useWizard(host: WorkbookHost, language: Language, preview?: MemoryHost) {
  const t = STRINGS[language];
  const [inputs, setInputs] = useState<WizardInputs>(() => defaultInputs(language));
  const [step, setStepState] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [message, setStatus] = useState("");
  const scalarLabel = useScalarLabel(language);
  const name = useCallback((code: string) => municipalityName(code, language), [language]);

  // Load once per host. The message is read through a ref: a language switch must not reload
  // (and so overwrite) what the user has typed since.
  const texts = useRef(t);
  texts.current = t;
  useEffect(() => {
    loadWizard(host)
      .then((saved) => {
        if (saved) {
          setInputs(saved.inputs);
          setStepState(saved.step);
        }
      })
      .catch((e: unknown) => setStatus(fill(texts.current.saveFailed, { reason: String(e) })))
      .finally(() => setLoaded(true));
  }, [host]);

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
  }, [host, loaded, step, inputs, t]);
  useEffect(() => () => pending.current?.(), []);

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

  const setScalar = (key: ScalarKey, value: string) =>
    setInputs((i) => ({ ...i, scalars: { ...i.scalars, [key]: value } }));
  const setFigure = (code: string, key: FigureKey, value: string) =>
    setInputs((i) => ({
      ...i,
      members: i.members.map((m) =>
        m.code === code ? { ...m, figures: { ...m.figures, [key]: value } } : m
      ),
    }));
  const setAsOf = (asOf: string) => setInputs((i) => ({ ...i, asOf }));
  const paste = usePaste({ t, inputs, setInputs, setStatus });
  const sheet = useSheet(host, plan, language, t, setStatus);
  const addMembers = (codes: readonly string[]) =>
    setInputs((i) => {
      const have = new Set(i.members.map((m) => m.code));
      const fresh = [...new Set(codes)].filter((c) => !have.has(c)).map(emptyMember);
      return { ...i, members: [...i.members, ...fresh] };
    });
  const addMember = (code: string) => {
    if (inputs.members.some((m) => m.code === code))
      return setStatus(fill(t.duplicate, { name: name(code) }));
    addMembers([code]);
  };
  /** Reads members (and any figures to their right, in the table's column order) from the selection. */
  const readSelection = async () => {
    try {
      const rows = await host.readSelection();
      const { members, unknown } = membersFromCells(
        rows,
        inputs.members.map((m) => m.code)
      );
      setInputs((i) => ({ ...i, members: [...i.members, ...members] }));
      const read = fill(t.selectionRead, { count: members.length });
      setStatus(
        unknown.length ? `${read} ${fill(t.selectionUnknown, { names: unknown.join(", ") })}` : read
      );
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const removeMember = (code: string) =>
    setInputs((i) => ({ ...i, members: i.members.filter((m) => m.code !== code) }));

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
    readSelection,
    setScalar,
    setFigure,
    setAsOf,
    startYear,
    paste,
    addMember,
    addMembers,
    removeMember,
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
