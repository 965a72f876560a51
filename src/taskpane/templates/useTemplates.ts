import { downloadFile } from "../download";
import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../host/WorkbookHost";
import type { Lang } from "../../templates/spec";
import type { PreviewCapabilities } from "../capabilities";
import { fill } from "../i18n";
import type { Language } from "../i18n/language";
import { TEMPLATES_STRINGS } from "./strings";

/** Reads a built template as base64. */
export type TemplateLoader = (name: string, lang: Lang) => Promise<string>;

/** The default loader: fetches the .xlsx that webpack emitted beside the task pane. */
export const fetchTemplate: TemplateLoader = async (name, lang) => {
  const { TEMPLATE_URLS } = await import("./templateUrls");
  const url = TEMPLATE_URLS[`${name}.${lang}`];
  if (!url) throw new Error(`no template ${name}.${lang}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${name}.${lang}.xlsx: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

/** A line for the live region: what happened, and whether it went wrong. */
export interface Status {
  readonly kind: "success" | "error";
  readonly text: string;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * State and actions of the Templates view: which language of template to use, inserting a
 * template or opening it as a new workbook, and the two-step snapshot to values. `preview`:
 * the standalone preview's capabilities (it writes templates itself and opens no workbooks).
 */
export function useTemplates(
  host: WorkbookHost,
  language: Language,
  load: TemplateLoader = fetchTemplate,
  preview?: PreviewCapabilities
) {
  const t = TEMPLATES_STRINGS[language];
  const [templateLang, setTemplateLang] = useState<Lang>(language === "sv" ? "sv" : "fi");
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = useCallback(
    async (key: string, action: () => Promise<string>) => {
      setBusy(key);
      setStatus(null);
      try {
        setStatus({ kind: "success", text: await action() });
      } catch (e) {
        setStatus({ kind: "error", text: fill(t.failed, { reason: reason(e) }) });
      } finally {
        setBusy(null);
      }
    },
    [t]
  );

  const insert = (name: string) =>
    run(`insert:${name}`, async () => {
      const base64 = await load(name, templateLang);
      const sheets = preview
        ? await preview.writeTemplate(base64)
        : await host.insertTemplate(base64);
      return fill(t.inserted, { sheets: sheets.join(", ") });
    });

  const openNew = (name: string) =>
    run(`open:${name}`, async () => {
      if (preview) throw new Error(t.previewNoOpen);
      await host.openAsNewWorkbook(await load(name, templateLang));
      return t.opened;
    });

  /** Downloads the template's .xlsx (to look at or hand out; works in the preview too). */
  const download = (name: string) =>
    run(`download:${name}`, async () => {
      const file = `${name}.${templateLang}.xlsx`;
      downloadFile(await load(name, templateLang), file);
      return fill(t.downloaded, { file });
    });

  const confirmSnapshot = () => {
    setConfirming(false);
    return run("snapshot", async () => {
      let count = 0;
      for (const sheet of await host.sheetNames()) count += await host.snapshotToValues(sheet);
      const lines = (["fi", "sv", "en"] as const).map((l) => [
        { kind: "text" as const, text: TEMPLATES_STRINGS[l].noteText },
      ]);
      const note = await host.writeSheet({
        name: t.noteSheet,
        cells: lines,
        tables: [],
        charts: [],
        columnWidths: [120],
      });
      return fill(t.snapshotDone, { count, sheet: note.name });
    });
  };

  return {
    t,
    templateLang,
    setTemplateLang,
    busy,
    status,
    confirming,
    insert,
    openNew,
    download,
    requestSnapshot: () => setConfirming(true),
    cancelSnapshot: () => setConfirming(false),
    confirmSnapshot,
  };
}
