/** Writes the Form areas sheet through the workbook port and reports in the user's language. */
import { useState } from "react";
import { fill } from "../../core";
import type { WorkbookHost } from "../../host";
import type { Language } from "../i18n";
import { formingSheet } from "./formingSheet";
import type { TableRow } from "./regionTable";
import { FORMING_STRINGS } from "./strings";

export function useFormingSheet(
  host: WorkbookHost,
  language: Language,
  name: (code: string) => string
) {
  const f = FORMING_STRINGS[language];
  // What happened, not its text: the status follows a language switch.
  const [outcome, setOutcome] = useState<{ created?: string; failed?: string }>({});
  const create = async (rows: readonly TableRow[], minimum: number, areaCount: number) => {
    const spec = formingSheet(rows, name, minimum, areaCount, {
      sheetName: f.sheetName,
      title: f.sheetTitle,
      note: f.sheetNote,
      columns: [f.colMunicipality, f.colLabourForce, f.colArea],
      minimum: f.sheetMinimum,
      areaColumns: [f.colArea, f.colLabourForce, f.colMeets],
      tableName: "Muodostaminen",
    });
    try {
      const written = await host.writeSheet(spec);
      setOutcome({ created: written.name });
    } catch (e) {
      setOutcome({ failed: (e as Error).message });
    }
  };
  const status =
    outcome.created !== undefined
      ? fill(f.created, { name: outcome.created })
      : outcome.failed !== undefined
        ? fill(f.failed, { message: outcome.failed })
        : "";
  return { status, created: outcome.created, create };
}
