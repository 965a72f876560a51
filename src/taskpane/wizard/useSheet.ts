/**
 * The plan sheet the wizard created, remembered per scenario (`scope`) with the plan it was
 * made from: out of date as soon as the plan differs; "Update" rewrites that scenario's sheet.
 * The sheet's layout loads only when a sheet is written (it is not needed to show the wizard).
 */
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { Language, UiStrings } from "../i18n";
import type { PlanInputs } from "../sheet/PlanInputs";
import { useWrittenSheet } from "./useWrittenSheet";

const loadPlanSheet = () =>
  Promise.all([
    import(/* webpackChunkName: "plan-sheet" */ "../sheet/planSheet"),
    import(/* webpackChunkName: "plan-sheet" */ "../i18n/sheetLabels"),
  ]);

export function useSheet(
  host: Pick<WorkbookHost, "writeSheet" | "updateSheet">,
  plan: PlanInputs | undefined,
  language: Language,
  t: UiStrings,
  setStatus: (s: string) => void,
  scope = ""
) {
  const source = plan && {
    key: JSON.stringify([plan, language]),
    build: async () => {
      const [{ planSheet }, { SHEET_LABELS }] = await loadPlanSheet();
      return planSheet(plan, SHEET_LABELS[language]);
    },
  };
  return useWrittenSheet(host, source, scope, t, setStatus);
}
