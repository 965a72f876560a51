/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { engineEvaluate } from "../../../src/host/engineEvaluate";
import { createMemoryHost } from "../../../src/host/memoryHost";
import { previewCapabilities } from "../../../src/taskpane/preview/createPreviewHost";
import { renderView, stubResizeObserver } from "./support";

beforeAll(stubResizeObserver);

describe("TemplatesView in the standalone preview (in-memory host + engine, preview capabilities)", () => {
  const fromDisk = async (name: string, lang: string) =>
    readFileSync(`assets/templates/${name}.${lang}.xlsx`).toString("base64");
  const store = { getItem: () => null, setItem: () => undefined };

  it("inserts the committed area template and the engine recomputes its figures", async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "fi"),
      store
    );
    renderView(host, "fi", fromDisk, previewCapabilities(host));
    await act(async () =>
      fireEvent.click(screen.getAllByRole("button", { name: /Lisää tähän työkirjaan/ })[0])
    );
    expect(screen.getByRole("status").textContent).toBe("Lisätty välilehdet: Ohjeet, Alue.");
    const area = await host.readSheet("Alue");
    expect(area[14][1]).toBe(28616); // B15: Kymppi plan's labour force
    expect(area[22][1]).toBe(25); // B23: 25 years above 20 000 at −1.4 % (functions.md)
    expect(area[26][1]).toBeCloseTo(28616 * 0.986, 9); // B27: spilled year 1
    expect(area[16][1]).toBe(true); // B17: meets the minimum
  });

  it("says in the user's language that the preview cannot open a new workbook", async () => {
    const host = createMemoryHost(
      engineEvaluate(() => "sv"),
      store
    );
    renderView(host, "sv", fromDisk, previewCapabilities(host));
    await act(async () =>
      fireEvent.click(screen.getAllByRole("button", { name: /Öppna som ny arbetsbok/ })[0])
    );
    expect(screen.getByRole("status").textContent).toBe(
      "Misslyckades: I förhandsvisningen går det inte att öppna en ny arbetsbok; infoga mallen i den här arbetsboken."
    );
  });
});
