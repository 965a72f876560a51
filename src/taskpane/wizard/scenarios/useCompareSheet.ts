/**
 * The comparison sheet: like the plan sheet (busy, created, out of date as soon as any
 * compared plan, the choice of scenarios or the language changes, Update rewrites it), but
 * made by a builder passed in, so the pane does not decide how the sheet is laid out.
 */
import type { SheetSpec } from "../../../host/SheetSpec";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import type { Language, UiStrings } from "../../i18n";
import type { PlanInputs } from "../../sheet/PlanInputs";
import { useWrittenSheet, type SheetStore } from "../useWrittenSheet";

/** A scenario as the comparison sheet takes it: its name and its valid plan. */
export interface NamedPlan {
  readonly name: string;
  readonly plan: PlanInputs;
}

/**
 * Builds the comparison sheet's spec. The composition root passes the real one in; it may
 * return a promise, so that the builder's code loads only when a sheet is asked for.
 */
export type CompareSheetBuilder = (
  scenarios: readonly NamedPlan[],
  language: Language
) => SheetSpec | Promise<SheetSpec>;

export interface CompareSheetDeps {
  readonly host: Pick<WorkbookHost, "writeSheet" | "updateSheet">;
  readonly build: CompareSheetBuilder;
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
  build,
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
