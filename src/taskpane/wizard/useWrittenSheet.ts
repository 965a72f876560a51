/**
 * A sheet the pane writes, kept with the key of what it was made from: it is out of date as
 * soon as the key differs, and "Update" rewrites it through the port (no "(2)" copies).
 * Sheets are remembered per `scope` (a scenario's id): Update only ever rewrites the sheet
 * made in the same scope, so scenario B's plan never overwrites scenario A's sheet.
 */
import { useState } from "react";
import type { SheetSpec } from "../../host/SheetSpec";
import type { WorkbookHost, WrittenSheet } from "../../host/WorkbookHost";
import { fill, type UiStrings } from "../i18n";

export interface Created {
  readonly sheet: WrittenSheet;
  readonly spec: SheetSpec;
  readonly key: string;
}

/**
 * What to write: the spec (built only when asked, perhaps by a lazily loaded builder) and
 * the key of what it is made from.
 */
export interface SheetSource {
  readonly key: string;
  readonly build: () => SheetSpec | Promise<SheetSpec>;
}

/** The sheets made, by scope; kept by a component that outlives the one that writes them. */
export type SheetStore = readonly [
  ReadonlyMap<string, Created>,
  (f: (m: ReadonlyMap<string, Created>) => ReadonlyMap<string, Created>) => void,
];

/** A place to remember sheets across the writing view's unmounting (e.g. the comparison). */
export const useSheetStore = (): SheetStore => useState<ReadonlyMap<string, Created>>(new Map());

export function useWrittenSheet(
  host: Pick<WorkbookHost, "writeSheet" | "updateSheet">,
  source: SheetSource | undefined,
  scope: string,
  t: UiStrings,
  setStatus: (s: string) => void,
  store?: SheetStore
) {
  const own = useSheetStore();
  const [sheets, setSheets] = store ?? own;
  const [busy, setBusy] = useState(false);
  const created = sheets.get(scope);
  const remember = (c: Created) => setSheets((m) => new Map(m).set(scope, c));
  const run = async (work: (spec: SheetSpec, key: string) => Promise<void>) => {
    if (!source) return;
    setBusy(true);
    try {
      await work(await source.build(), source.key);
    } catch (e) {
      setStatus(fill(t.createFailed, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return {
    created: created?.sheet,
    busy,
    /** A sheet was created in this scope and what it was made from has changed since. */
    stale: created !== undefined && created.key !== source?.key,
    create: () =>
      run(async (spec, key) => {
        setStatus(t.creating);
        const sheet = await host.writeSheet(spec);
        remember({ sheet, spec, key });
        setStatus(fill(t.created, { name: sheet.name }));
      }),
    update: () =>
      run(async (spec, key) => {
        if (!created) return;
        const r = await host.updateSheet(created.sheet.name, created.spec, spec);
        const name = created.sheet.name;
        if (r.ok) {
          remember({ sheet: r.sheet, spec, key });
          setStatus(fill(t.updated, { name }));
        } else if (r.reason === "edited") setStatus(fill(t.updateRefused, { name, cell: r.cell }));
        else setStatus(fill(t.updateMissing, { name }));
      }),
    /** Forgets a scope's sheet (its scenario was deleted); the sheet itself stays in the workbook. */
    forget: (gone: string) =>
      setSheets((m) => {
        const next = new Map(m);
        next.delete(gone);
        return next;
      }),
  };
}

export type WrittenSheetState = ReturnType<typeof useWrittenSheet>;
