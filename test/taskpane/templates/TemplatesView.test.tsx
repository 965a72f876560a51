/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { engineEvaluate } from "../../../src/host/engineEvaluate";
import { createMemoryHost } from "../../../src/host/memoryHost";
import type { WorkbookHost } from "../../../src/host/WorkbookHost";
import { TemplatesView } from "../../../src/taskpane/templates/TemplatesView";
import type { Language } from "../../../src/taskpane/i18n/language";

/** A hand-written host recording what the view asks for. */
function fakeHost(overrides: Partial<WorkbookHost> = {}) {
  const calls: string[] = [];
  const host = {
    kind: "excel",
    insertTemplate: async (b64: string) => (calls.push(`insert ${b64}`), ["Ohjeet", "Alue"]),
    openAsNewWorkbook: async (b64: string) => void calls.push(`open ${b64}`),
    sheetNames: async () => ["Ohjeet", "Alue"],
    snapshotToValues: async (name: string) => (calls.push(`snapshot ${name}`), name === "Alue" ? 40 : 0),
    writeSheet: async (spec: { name: string; cells: unknown[] }) => (calls.push(`note ${spec.name} ${spec.cells.length}`), { name: spec.name, address: "", errorCells: [] }),
    ...overrides,
  } as unknown as WorkbookHost;
  return { host, calls };
}

const load = async (name: string, lang: string) => `${name}.${lang}`;
const renderView = (host: WorkbookHost, language: Language, loader = load) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesView host={host} language={language} loadTemplate={loader} />
    </FluentProvider>,
  );

// jsdom has no ResizeObserver; Fluent's MessageBar uses it for reflow only.
beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe("TemplatesView", () => {
  it("lists the five templates with localized titles (sv) and inserts the Swedish one", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "sv");
    expect(screen.getByRole("heading", { level: 2, name: "Mallar" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Att bilda ett sysselsättningsområde",
      "Fördelning av statsandelen",
      "Samkommunens budget och medlemsandelar",
      "Personaldimensionering utifrån klientmål",
      "Kommunens andel av utkomstskyddet",
    ]);
    await act(async () => fireEvent.click(screen.getAllByRole("button", { name: /Infoga i den här arbetsboken/ })[1]));
    expect(calls).toEqual(["insert valtionosuus.sv"]);
    expect(screen.getByRole("status").textContent).toContain("Infogade blad: Ohjeet, Alue.");
  });

  it("opens the Finnish template as a new workbook when the user picks Finnish (en UI)", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "en");
    fireEvent.click(screen.getByRole("radio", { name: "Finnish" }));
    await act(async () => fireEvent.click(screen.getAllByRole("button", { name: /Open as a new workbook/ })[3]));
    expect(calls).toEqual(["open henkilosto.fi"]);
  });

  it("says what went wrong when Excel refuses to insert", async () => {
    const { host } = fakeHost({ insertTemplate: async () => Promise.reject(new Error("Inserting a template is not supported here")) });
    renderView(host, "fi");
    await act(async () => fireEvent.click(screen.getAllByRole("button", { name: /Lisää tähän työkirjaan/ })[0]));
    expect(screen.getByRole("status").textContent).toBe("Ei onnistunut: Inserting a template is not supported here");
  });

  it("snapshots every sheet only after confirmation and leaves a note sheet in three languages", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "fi");
    fireEvent.click(screen.getByRole("button", { name: "Korvaa kaavat arvoilla" }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Peruuta" }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Korvaa kaavat arvoilla" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Korvaa" })));
    expect(calls).toEqual(["snapshot Ohjeet", "snapshot Alue", "note Arvot – Värden 3"]);
    expect(screen.getByRole("status").textContent).toBe("40 kaavaa korvattiin arvoilla. Huomautus on välilehdellä Arvot – Värden.");
  });
});

describe("TemplatesView in the standalone preview (in-memory host + engine)", () => {
  const fromDisk = async (name: string, lang: string) => readFileSync(`assets/templates/${name}.${lang}.xlsx`).toString("base64");
  const store = { getItem: () => null, setItem: () => undefined };

  it("inserts the committed area template and the engine recomputes its figures", async () => {
    const host = createMemoryHost(engineEvaluate(() => "fi"), store);
    renderView(host, "fi", fromDisk);
    await act(async () => fireEvent.click(screen.getAllByRole("button", { name: /Lisää tähän työkirjaan/ })[0]));
    expect(screen.getByRole("status").textContent).toBe("Lisätty välilehdet: Ohjeet, Alue.");
    const area = await host.readSheet("Alue");
    expect(area[14][1]).toBe(28616); // B15: Kymppi plan's labour force
    expect(area[22][1]).toBe(25); // B23: 25 years above 20 000 at −1.4 % (functions.md)
    expect(area[26][1]).toBeCloseTo(28616 * 0.986, 9); // B27: spilled year 1
    expect(area[16][1]).toBe(true); // B17: meets the minimum
  });

  it("says in the user's language that the preview cannot open a new workbook", async () => {
    const host = createMemoryHost(engineEvaluate(() => "sv"), store);
    renderView(host, "sv", fromDisk);
    await act(async () => fireEvent.click(screen.getAllByRole("button", { name: /Öppna som ny arbetsbok/ })[0]));
    expect(screen.getByRole("status").textContent).toBe(
      "Misslyckades: I förhandsvisningen går det inte att öppna en ny arbetsbok; infoga mallen i den här arbetsboken.",
    );
  });
});

describe("TemplatesView accessibility", () => {
  it("has no serious or critical axe violations (jsdom: structure, names, roles)", async () => {
    const axe = (await import("axe-core")).default;
    const { host } = fakeHost();
    const { container } = renderView(host, "fi");
    const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
