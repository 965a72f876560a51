/**
 * The sheet the wizard created, kept with the plan it was made from: it is out of date as
 * soon as the plan differs, and "Update" rewrites it through the port (no "(2)" copies).
 */
import { useState } from "react";
import type { SheetSpec } from "../../host/SheetSpec";
import type { WorkbookHost, WrittenSheet } from "../../host/WorkbookHost";
import { fill, SHEET_LABELS, type Language, type UiStrings } from "../i18n";
import type { PlanInputs } from "../sheet/PlanInputs";
import { planSheet } from "../sheet/planSheet";

interface Created {
  readonly sheet: WrittenSheet;
  readonly spec: SheetSpec;
  readonly key: string;
}

export function useSheet(
  host: Pick<WorkbookHost, "writeSheet" | "updateSheet">,
  plan: PlanInputs | undefined,
  language: Language,
  t: UiStrings,
  setStatus: (s: string) => void
) {
  const [created, setCreated] = useState<Created>();
  const [busy, setBusy] = useState(false);
  const key = plan ? JSON.stringify([plan, language]) : undefined;
  const run = async (work: (spec: SheetSpec) => Promise<void>) => {
    if (!plan || key === undefined) return;
    setBusy(true);
    try {
      await work(planSheet(plan, SHEET_LABELS[language]));
    } catch (e) {
      setStatus(fill(t.createFailed, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return {
    created: created?.sheet,
    busy,
    /** A sheet was created and the plan has changed since. */
    stale: created !== undefined && created.key !== key,
    create: () =>
      run(async (spec) => {
        setStatus(t.creating);
        const sheet = await host.writeSheet(spec);
        setCreated({ sheet, spec, key: key! });
        setStatus(fill(t.created, { name: sheet.name }));
      }),
    update: () =>
      run(async (spec) => {
        if (!created) return;
        const r = await host.updateSheet(created.sheet.name, created.spec, spec);
        const name = created.sheet.name;
        if (r.ok) {
          setCreated({ sheet: r.sheet, spec, key: key! });
          setStatus(fill(t.updated, { name }));
        } else if (r.reason === "edited") setStatus(fill(t.updateRefused, { name, cell: r.cell }));
        else setStatus(fill(t.updateMissing, { name }));
      }),
  };
}
