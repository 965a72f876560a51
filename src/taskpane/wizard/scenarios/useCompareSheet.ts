/**
 * The comparison sheet: like the plan sheet (busy, created, out of date as soon as any
 * compared plan, the choice of scenarios or the language changes, Update rewrites it), but
 * laid out by the sheet room's `compareSheet` (a test may pass another builder).
 */
import type { SheetSpec } from "../../../host/SheetSpec";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import type { Language, UiStrings } from "../../i18n";
import { COMPARE_LABELS } from "../../i18n/compareLabels";
import { compareSheet } from "../../sheet/compareSheet";
import type { PlanInputs } from "../../sheet/PlanInputs";
import { useWrittenSheet, type SheetStore } from "../useWrittenSheet";

/** A scenario as the comparison sheet takes it: its name and its valid plan. */
export interface NamedPlan {
  readonly name: string;
  readonly plan: PlanInputs;
}

/** Builds the comparison sheet's spec (the real one: `compareSheet` with the language's labels). */
export type CompareSheetBuilder = (
  scenarios: readonly NamedPlan[],
  language: Language
) => SheetSpec | Promise<SheetSpec>;

const realBuilder: CompareSheetBuilder = (scenarios, language) =>
  compareSheet(scenarios, COMPARE_LABELS[language]);

export interface CompareSheetDeps {
  readonly host: Pick<WorkbookHost, "writeSheet" | "updateSheet">;
  readonly build?: CompareSheetBuilder;
  /** The chosen scenarios' plans; undefined while any of them is incomplete. */
  readonly scenarios: readonly NamedPlan[] | undefined;
  readonly language: Language;
  readonly t: UiStrings;
  readonly setStatus: (s: string) => void;
  /** Where the created sheet is remembered when the comparison is closed and opened again. */
  readonly store?: SheetStore;
}

export function useCompareSheet({
  host,
  build = realBuilder,
  scenarios,
  language,
  t,
  setStatus,
  store,
}: CompareSheetDeps) {
  const source = scenarios && {
    key: JSON.stringify([scenarios, language]),
    build: () => build(scenarios, language),
  };
  return useWrittenSheet(host, source, "compare", t, setStatus, store);
}
