/**
 * The plan sheet the wizard created, remembered per scenario (`scope`) with the plan it was
 * made from: out of date as soon as the plan differs; "Update" rewrites that scenario's sheet.
 */
import type { WorkbookHost } from "../../host/WorkbookHost";
import { SHEET_LABELS, type Language, type UiStrings } from "../i18n";
import type { PlanInputs } from "../sheet/PlanInputs";
import { planSheet } from "../sheet/planSheet";
import { useWrittenSheet } from "./useWrittenSheet";

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
    build: () => planSheet(plan, SHEET_LABELS[language]),
  };
  return useWrittenSheet(host, source, scope, t, setStatus);
}
