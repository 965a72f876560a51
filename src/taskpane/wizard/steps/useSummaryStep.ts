import { useCallback, useMemo } from "react";
import type { PreviewWorkbook } from "../../capabilities";
import { downloadFile } from "../../download";
import type { CouncilMember } from "../summary/CouncilTable";
import { verdict } from "../summary/verdict";
import type { Wizard } from "../useWizard";

/**
 * The summary step's state: the verdict, the council table's rows, the created sheet and
 * what the step can do with it. The preview's workbook and exporter come only when given.
 */
export function useSummaryStep(w: Wizard) {
  const { t, language, calc, validation, name, inputs, sheet, preview, setStep, goToSheet } = w;
  const lines = useMemo(
    () => verdict(calc, validation, t, language, name),
    [calc, validation, t, language, name]
  );
  const members: readonly CouncilMember[] = useMemo(
    () =>
      inputs.members.map((m) => ({
        code: m.code,
        name: name(m.code),
        labourForce: validation.values.get(`m:${m.code}:labourForce`),
      })),
    [inputs.members, name, validation]
  );
  const exportSheet = preview?.exportSheet;
  /** The created sheet as .xlsx (the preview's exporter loads its writer only when asked). */
  const download = useCallback(
    async (sheetName: string) => {
      if (exportSheet) downloadFile(await exportSheet(sheetName), `${sheetName}.xlsx`);
    },
    [exportSheet]
  );
  return {
    t,
    language,
    lines,
    members,
    calc,
    canCreate: w.plan !== undefined,
    created: sheet.created,
    stale: sheet.stale,
    busy: sheet.busy,
    createSheet: sheet.create,
    updateSheet: sheet.update,
    print: () => window.print(),
    goToSheet,
    goToStep: setStep,
    download: exportSheet ? download : undefined,
    workbook: preview?.workbook satisfies PreviewWorkbook | undefined,
  };
}

export type SummaryStepProps = ReturnType<typeof useSummaryStep>;
