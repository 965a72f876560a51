/**
 * The wizard's state in one hook: inputs as typed, the step, validation shown per field
 * once touched (or once the user tried to go on), saving with the workbook, and creating
 * the sheet through the WorkbookHost port. Components only render what it returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookHost, WrittenSheet } from "../../host/WorkbookHost";
import { fill, SHEET_LABELS, STRINGS, type Language } from "../i18n";
import { planSheet } from "../sheet/planSheet";
import { calculate } from "./calculate";
import {
  defaultInputs,
  emptyMember,
  FIGURES,
  STEP_FIELDS,
  type FigureKey,
  type ScalarKey,
  type WizardInputs,
} from "./inputs";
import { loadWizard, saveWizard } from "./persistence";
import { municipalityName } from "./registry";
import { useScalarLabel } from "./labels";
import { figureId, toPlan, validate } from "./validate";
import { splitPasted } from "./parseUserNumber";
import { membersFromCells } from "./membersFromCells";

export const STEP_COUNT = 6;

/** Field ids owned by a step. */
function stepFieldIds(step: number, inputs: WizardInputs): string[] {
  if (step === 0)
    return ["members", ...inputs.members.flatMap((m) => FIGURES.map((k) => figureId(m.code, k)))];
  return [...(STEP_FIELDS[step] ?? [])];
}

export function useWizard(host: WorkbookHost, language: Language) {
  const t = STRINGS[language];
  const [inputs, setInputs] = useState<WizardInputs>(() => defaultInputs(language));
  const [step, setStepState] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState("");
  const [created, setCreated] = useState<WrittenSheet>();
  const [busy, setBusy] = useState(false);
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

  const validation = useMemo(
    () => validate(inputs, language, t, scalarLabel, name),
    [inputs, language, t, scalarLabel, name]
  );
  const calc = useMemo(
    () => calculate(inputs, validation, language),
    [inputs, validation, language]
  );
  const errors = useMemo(() => new Map([...validation.errors, ...calc.errors]), [validation, calc]);
  const plan = useMemo(
    () => (errors.size === 0 ? toPlan(inputs, validation, name) : undefined),
    [errors, inputs, validation, name]
  );

  const stepOf = (id: string) =>
    id === "members" || id.startsWith("m:")
      ? 0
      : STEP_FIELDS.findIndex((f) => f.includes(id as ScalarKey));
  const errorOf = (id: string) =>
    touched.has(id) || attempted.has(stepOf(id)) ? errors.get(id) : undefined;
  const stepErrors = (s: number) => stepFieldIds(s, inputs).filter((id) => errors.has(id));

  const setStep = (s: number) => setStepState(Math.max(0, Math.min(STEP_COUNT - 1, s)));
  const touch = (id: string) => setTouched((prev) => new Set(prev).add(id));
  const next = () => {
    const bad = stepErrors(step);
    if (bad.length > 0) {
      setAttempted((prev) => new Set(prev).add(step));
      setStatus(fill(t.fixErrors, { count: bad.length }));
      return false;
    }
    setStatus("");
    setStep(step + 1);
    return true;
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
  /** Pastes a column of figures down from member `code`; returns how many were placed. */
  const pasteFigures = (code: string, key: FigureKey, text: string): number => {
    const cells = splitPasted(text);
    const start = inputs.members.findIndex((m) => m.code === code);
    const targets = inputs.members.slice(start, start + cells.length);
    targets.forEach((m, i) => setFigure(m.code, key, cells[i]));
    targets.forEach((m) => touch(figureId(m.code, key)));
    setStatus(fill(t.pasted, { count: targets.length }));
    return targets.length;
  };
  const addMember = (code: string) => {
    if (inputs.members.some((m) => m.code === code))
      return setStatus(fill(t.duplicate, { name: name(code) }));
    setInputs((i) => ({ ...i, members: [...i.members, emptyMember(code)] }));
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

  const create = async () => {
    if (!plan) return void next();
    setBusy(true);
    setStatus(t.creating);
    try {
      const written = await host.writeSheet(planSheet(plan, SHEET_LABELS[language]));
      setCreated(written);
      setStatus(fill(t.created, { name: written.name }));
    } catch (e) {
      setStatus(fill(t.createFailed, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return {
    t,
    language,
    inputs,
    step,
    setStep,
    next,
    back: () => setStep(step - 1),
    loaded,
    status,
    setStatus,
    busy,
    created,
    errorOf,
    stepErrors,
    touch,
    readSelection,
    setScalar,
    setFigure,
    pasteFigures,
    addMember,
    removeMember,
    create,
    calc,
    plan,
    name,
    scalarLabel,
    host,
    goToSheet: (sheet: string) => host.activate(sheet),
  };
}

export type Wizard = ReturnType<typeof useWizard>;
