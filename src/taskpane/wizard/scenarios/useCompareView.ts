/**
 * The comparison view's state: which scenarios are chosen (all at first), each one's results
 * from the wizard's own pure functions, where an incomplete one needs work, the tables, and
 * the comparison sheet. Computed only while the view is shown, never on a keystroke.
 */
import { useMemo, useState } from "react";
import { fill } from "../../i18n";
import { STEPS } from "../steps";
import type { Wizard } from "../useWizard";
import type { SheetStore } from "../useWrittenSheet";
import { comparison } from "./comparison";
import { COMPARE_STRINGS } from "./compareStrings";
import { evaluateScenario } from "./evaluateScenario";
import { firstErrorStep } from "./firstErrorStep";
import { useCompareSheet, type NamedPlan } from "./useCompareSheet";

const STEP_FIELDS = STEPS.map((s) => s.fields);

export function useCompareView(w: Wizard, store: SheetStore) {
  const { t, language, name } = w;
  const c = COMPARE_STRINGS[language];
  const all = w.scenarios.list.scenarios;
  const [unchosen, setUnchosen] = useState<ReadonlySet<string>>(new Set());
  const chosen = useMemo(() => all.filter((s) => !unchosen.has(s.id)), [all, unchosen]);
  const evaluated = useMemo(
    () =>
      chosen.map((s) => {
        const result = evaluateScenario(s.inputs, language);
        const step = firstErrorStep(result.errors, s.inputs, STEP_FIELDS);
        const codes = s.inputs.members.map((m) => m.code);
        const model = s.inputs.costSharing?.model;
        return { id: s.id, name: s.name, codes, model, result, step };
      }),
    [chosen, language]
  );
  const tables = useMemo(
    () => (evaluated.length > 0 ? comparison(evaluated, c, language, name) : []),
    [evaluated, c, language, name]
  );
  const incomplete = evaluated.filter((e) => e.step !== undefined);
  const plans: NamedPlan[] | undefined =
    evaluated.length >= 2 && incomplete.length === 0
      ? evaluated.map((e) => ({ name: e.name, plan: e.result.plan! }))
      : undefined;
  const sheet = useCompareSheet({
    host: w.host,
    scenarios: plans,
    language,
    t,
    setStatus: w.setStatus,
    store,
  });
  return {
    t,
    c,
    language,
    all,
    chosenIds: new Set(chosen.map((s) => s.id)),
    toggle: (id: string, on: boolean) =>
      setUnchosen((prev) => {
        const next = new Set(prev);
        if (on) next.delete(id);
        else next.add(id);
        return next;
      }),
    names: evaluated.map((e) => e.name),
    tables: evaluated.length >= 2 ? tables : [],
    legend: evaluated.length >= 2 ? fill(c.legend, { name: evaluated[0].name }) : undefined,
    incomplete: incomplete.map((e) => ({ id: e.id, name: e.name, step: e.step! })),
    sheet,
    sheetReady: plans !== undefined,
    goToSheet: w.goToSheet,
  };
}

export type CompareViewState = ReturnType<typeof useCompareView>;
