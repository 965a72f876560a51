import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { WorkbookHost } from "../../../src/host/WorkbookHost";
import type { PreviewCapabilities } from "../../../src/taskpane/capabilities";
import { TemplatesView } from "../../../src/taskpane/templates/TemplatesView";
import type { Language } from "../../../src/taskpane/i18n/language";

/** A hand-written host recording what the view asks for. */
export function fakeHost(overrides: Partial<WorkbookHost> = {}) {
  const calls: string[] = [];
  const host = {
    kind: "excel",
    insertTemplate: async (b64: string) => (calls.push(`insert ${b64}`), ["Ohjeet", "Alue"]),
    openAsNewWorkbook: async (b64: string) => void calls.push(`open ${b64}`),
    sheetNames: async () => ["Ohjeet", "Alue"],
    snapshotToValues: async (name: string) => (
      calls.push(`snapshot ${name}`),
      name === "Alue" ? 40 : 0
    ),
    writeSheet: async (spec: { name: string; cells: unknown[] }) => (
      calls.push(`note ${spec.name} ${spec.cells.length}`),
      { name: spec.name, address: "", errorCells: [] }
    ),
    ...overrides,
  } as unknown as WorkbookHost;
  return { host, calls };
}

export const load = async (name: string, lang: string) => `${name}.${lang}`;
export const renderView = (
  host: WorkbookHost,
  language: Language,
  loader = load,
  preview?: PreviewCapabilities
) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesView host={host} language={language} loadTemplate={loader} preview={preview} />
    </FluentProvider>
  );

/** jsdom has no ResizeObserver; Fluent's MessageBar uses it for reflow only. */
export function stubResizeObserver(): void {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
