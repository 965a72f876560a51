/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { fakeHost, renderView, stubResizeObserver } from "./support";

beforeAll(stubResizeObserver);

describe("TemplatesView", () => {
  it("lists the seven templates with localized titles (sv) and inserts the Swedish one", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "sv");
    expect(screen.getByRole("heading", { level: 2, name: "Mallar" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Att bilda ett sysselsättningsområde",
      "Fördelning av statsandelen",
      "Samkommunens budget och medlemsandelar",
      "Personaldimensionering utifrån klientmål",
      "Kommunens andel av utkomstskyddet",
      "Bildande av område",
      "Samkommunens budget och plan för 3 år",
    ]);
    await act(async () =>
      fireEvent.click(screen.getAllByRole("button", { name: /Infoga i den här arbetsboken/ })[1])
    );
    expect(calls).toEqual(["insert valtionosuus.sv"]);
    expect(screen.getByRole("status").textContent).toContain("Infogade blad: Ohjeet, Alue.");
  });

  it("opens the Finnish template as a new workbook when the user picks Finnish (en UI)", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "en");
    fireEvent.click(screen.getByRole("radio", { name: "Finnish" }));
    await act(async () =>
      fireEvent.click(screen.getAllByRole("button", { name: /Open as a new workbook/ })[3])
    );
    expect(calls).toEqual(["open henkilosto.fi"]);
  });

  it("says what went wrong when Excel refuses to insert", async () => {
    const { host } = fakeHost({
      insertTemplate: async () =>
        Promise.reject(new Error("Inserting a template is not supported here")),
    });
    renderView(host, "fi");
    await act(async () =>
      fireEvent.click(screen.getAllByRole("button", { name: /Lisää tähän työkirjaan/ })[0])
    );
    expect(screen.getByRole("status").textContent).toBe(
      "Ei onnistunut: Inserting a template is not supported here"
    );
  });

  it("snapshots every sheet only after confirmation and leaves a note sheet in three languages", async () => {
    const { host, calls } = fakeHost();
    renderView(host, "fi");
    fireEvent.click(screen.getByRole("button", { name: "Korvaa TYOALUE-kaavat arvoilla" }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Peruuta" }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Korvaa TYOALUE-kaavat arvoilla" }));
    expect(
      screen.getByText(
        "Korvataanko apuohjelman TYOALUE-kaavat kaikilla välilehdillä arvoillaan? Muut kaavat säilyvät. Tätä ei voi perua, joten tallenna ensin kopio."
      )
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Korvaa" })));
    expect(calls).toEqual(["snapshot Ohjeet", "snapshot Alue", "note Arvot – Värden 3"]);
    // The fake host reports 0 add-in formulas on Ohjeet and 40 on Alue: 0 + 40 = 40.
    expect(screen.getByRole("status").textContent).toBe(
      "TYOALUE-kaavoja korvattu arvoilla: 40. Muut kaavat säilyivät. Huomautus on välilehdellä Arvot – Värden."
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
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      []
    );
  });
});
