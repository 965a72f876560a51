/**
 * Scenarios in the standalone preview (built dist/, Chromium at a task pane's 420 px): a
 * version-3 workbook with the Kymppi plan (members from the basic agreement, CONSTRUCTED
 * figures: test/fixtures/wizard/kymppi.ts) opens as "Vaihtoehto A"; it is copied to B, B
 * leaves Kauhava out and raises the budget, and the comparison marks what differs, for the
 * eye and for screen readers. Screenshots of the bar and the comparison (fi, one sv).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { STATE_KEY } from "../../src/taskpane/wizard/persistence";
import { kymppiInputs } from "../taskpane/support/kymppiInputs";
import { openPane, type Pane } from "./support/openPane";
import { textOnceShown } from "./support/waitFor";
import { cellValue, seriousViolations, shot } from "./wizardDriver";

const OUT = path.resolve(__dirname, "../../test-output");
const nb = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").trim();

let pane: Pane;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  pane = await openPane();
  page = pane.page;
  // The plan as a version-3 wizard saved it (before scenarios), then the pane reopened. The
  // state is put in place as the reloaded page starts (once), so that the first page's
  // pending save of its empty wizard cannot overwrite it.
  const v3 = JSON.stringify({ version: 3, step: 0, inputs: kymppiInputs("fi") });
  await page.addInitScript(
    ([k, v]) => {
      if (!window.location.pathname.endsWith("/taskpane.html")) return; // not in frames
      if (window.sessionStorage.getItem("seeded")) return;
      window.sessionStorage.setItem("seeded", "1");
      window.localStorage.setItem(k, v);
    },
    [STATE_KEY, v3]
  );
  await page.reload();
  await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor({ timeout: 30000 });
});
afterAll(() => pane?.close());

const status = () => textOnceShown(page.getByTestId("wizard-status"), /./);
const scenarioSelect = () => page.locator("#scenario-select");
const bar = () => page.getByRole("region", { name: "Vaihtoehdot", exact: true });
const button = (name: string) => bar().getByRole("button", { name, exact: true });
/** The comparison cells of the row headed `label` in the table captioned `caption`. */
const row = (caption: string, label: string) =>
  page
    .getByRole("region", { name: new RegExp(`^${caption};`) })
    .locator("tbody tr", { has: page.getByRole("rowheader", { name: label, exact: true }) })
    .locator("td");
/** A cell of the created sheet in the preview's grid. */
const grid = (address: string) =>
  page.locator(`[data-testid="sheet-grid"] td[data-cell="${address}"]`);
const noSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("scenarios side by side (fi, 420 px)", () => {
  it("opens the version-3 plan as one scenario, Vaihtoehto A", async () => {
    expect(await scenarioSelect().locator("option").allTextContents()).toEqual(["Vaihtoehto A"]);
    expect(await page.locator('[id="m:233:labourForce"]').inputValue()).toBe("6 300");
  });

  it("copies A to B, and B leaves Kauhava out and raises its budget; A keeps its inputs", async () => {
    await button("Kopioi").click();
    expect(await status()).toBe(
      "Vaihtoehto A kopioitu: Vaihtoehto B; muokattavana nyt Vaihtoehto B."
    );
    await page.getByRole("button", { name: "Poista Kauhava" }).click();
    await page.getByRole("button", { name: /^4\. / }).click();
    await page.locator("#field-budget").fill("6 700 000");
    await shot(page, OUT, "scenarios-bar-fi");
    await scenarioSelect().selectOption({ label: "Vaihtoehto A" });
    expect(await page.locator("#field-budget").inputValue()).toBe("6 500 000");
    await scenarioSelect().selectOption({ label: "Vaihtoehto B" });
    expect(await page.locator("#field-budget").inputValue()).toBe("6 700 000");
  });

  it("compares them: the differing figures are marked, said to screen readers too", async () => {
    await button("Vertaa").click();
    await page.getByRole("heading", { level: 2, name: "Vaihtoehdot rinnakkain" }).waitFor();
    // 28 616 (the plan's labour force) − Kauhava's 6 300 = 22 316.
    const lf = row("Alue, valtionosuus ja henkilöstö", "Työvoima");
    expect((await lf.allTextContents()).map(nb)).toEqual([
      "28 616",
      "22 316, eroaa vaihtoehdosta Vaihtoehto A",
    ]);
    expect(await lf.nth(1).getAttribute("data-differs")).toBe("true");
    expect(await lf.nth(0).getAttribute("data-differs")).toBeNull();
    // Headroom: 6 796 300 − 6 500 000 = 296 300 in A; 6 796 300 − 6 700 000 = 96 300 in B.
    const headroom = row("Alue, valtionosuus ja henkilöstö", "Liikkumavara katon alla");
    expect((await headroom.allTextContents()).map(nb)).toEqual([
      "296 300,00 €",
      "96 300,00 €, eroaa vaihtoehdosta Vaihtoehto A",
    ]);
    // The same 7 154 000 € apportioned in both: not marked.
    const total = row("Alue, valtionosuus ja henkilöstö", "Valtionosuus yhteensä");
    expect(await total.nth(1).getAttribute("data-differs")).toBeNull();
    const kauhava = row("Valtionosuus jäsenkunnittain", "Kauhava");
    expect((await kauhava.allTextContents()).map(nb)).toEqual([
      "1 565 101,63 €", // 7 154 000 × (0.5 × 8 300 / 37 800 + 0.5 × 820 / 3 762)
      "– (ei jäsen), eroaa vaihtoehdosta Vaihtoehto A",
    ]);
    expect(await noSidewaysScroll()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, OUT, "scenarios-compare-fi");
  });

  it("creates the comparison sheet: the same figures as the pane, computed, differences marked", async () => {
    await page.getByRole("button", { name: "Luo vertailutaulukko" }).click();
    await page.getByRole("button", { name: 'Siirry taulukkoon "Skenaariovertailu"' }).waitFor();
    await page.getByTestId("sheet-grid").waitFor();
    // The comparison table (rows of compareTable.ts): B = Vaihtoehto A, C = Vaihtoehto B, each
    // a formula referring to its scenario's block of inputs and TYOALUE formulas below.
    expect(await cellValue(page, "B4")).toBe("Vaihtoehto A");
    expect(await cellValue(page, "C4")).toBe("Vaihtoehto B");
    expect(await cellValue(page, "B6")).toBe("28616"); // labour force, as in the pane
    expect(await cellValue(page, "C6")).toBe("22316"); // 28 616 − Kauhava's 6 300
    expect(await cellValue(page, "C10")).toBe("7154000"); // the same amount apportioned
    expect(await cellValue(page, "C13")).toBe("96300"); // 6 796 300 − 6 700 000
    expect(await cellValue(page, "B13")).toBe("296300"); // 6 796 300 − 6 500 000
    const marked = (a: string) => grid(a).getAttribute("data-differs");
    expect(await marked("C6")).toBe("true");
    expect(await marked("C13")).toBe("true");
    expect(await marked("C10")).toBeNull();
    expect(await marked("B6")).toBeNull();
    // The sheet's own cue beside the colour: the ≠ column names the scenario that differs.
    expect(await cellValue(page, "D6")).toBe("Vaihtoehto B");
    expect(await cellValue(page, "D10")).toBe("");
    // Per member (by code): Kauhava (233) is in A only; its subsidy as in the pane.
    expect(await cellValue(page, "B30")).toBe("233");
    expect(Number(await cellValue(page, "C30"))).toBe(1565101.63);
    expect(await cellValue(page, "F30")).toBe("");
    expect(await marked("F30")).toBe("true");
    expect(nb(await grid("C6").textContent())).toMatch(/^22 316 \(eroaa/);
    await shot(page, OUT, "scenarios-sheet-fi");
    expect(await noSidewaysScroll()).toBe(true);
  });

  it("updates the comparison sheet when a scenario changes, and the preview shows the new figures", async () => {
    await page.getByRole("button", { name: "Takaisin ohjattuun suunnitteluun" }).click();
    await page.locator("#field-budget").fill("6 600 000"); // B, on the authority step
    await button("Vertaa").click();
    await page
      .getByText(
        'Taulukko "Skenaariovertailu" on tehty aiemmista syötteistä eikä ole ajan tasalla.'
      )
      .waitFor();
    await page.getByRole("button", { name: "Päivitä taulukko" }).click();
    expect(await status()).toBe('Taulukko "Skenaariovertailu" päivitetty.');
    // The grid reads the sheet again once updated: 6 796 300 − 6 600 000.
    await page
      .locator('[data-testid="sheet-grid"] td[data-cell="C13"][data-value="196300"]')
      .waitFor();
    expect(await cellValue(page, "C12")).toBe("6600000");
  });

  it("renames B, and the comparison follows", async () => {
    await button("Nimeä").click();
    await page.locator("#scenario-name").fill("Ilman Kauhavaa");
    await bar().screenshot({ path: path.join(OUT, "scenarios-rename-fi.png") });
    await page.locator("#scenario-name").press("Enter");
    expect(await status()).toBe("Vaihtoehto B nimetty: Ilman Kauhavaa.");
    await expect(page.getByRole("columnheader", { name: "Ilman Kauhavaa" }).count()).resolves.toBe(
      4
    ); // one column in each of the four tables
  });

  it("names an incomplete scenario and its step, and the link goes there", async () => {
    await page.getByRole("button", { name: "Takaisin ohjattuun suunnitteluun" }).click();
    await page.locator("#field-budget").fill("");
    await button("Vertaa").click();
    const notice = page.getByTestId("compare-incomplete");
    expect(nb(await notice.textContent())).toMatch(/^Ilman Kauhavaa on kesken: Kustannukset\./);
    await notice.getByRole("button", { name: "Avaa Kustannukset, Ilman Kauhavaa" }).click();
    await page.getByRole("heading", { level: 2, name: /Vaihe 4\/6/ }).waitFor();
    await page.locator("#field-budget").fill("6 700 000");
  });

  it("shows the comparison in Swedish", async () => {
    await page.getByRole("combobox", { name: "Kieli" }).selectOption("sv");
    await page
      .getByRole("region", { name: "Alternativ" })
      .getByRole("button", { name: "Jämför", exact: true })
      .click();
    await page.getByRole("heading", { level: 2, name: "Alternativen sida vid sida" }).waitFor();
    expect(await noSidewaysScroll()).toBe(true);
    await shot(page, OUT, "scenarios-compare-sv");
    await page.getByRole("combobox", { name: "Språk" }).selectOption("fi");
    await page.getByRole("button", { name: "Takaisin ohjattuun suunnitteluun" }).click();
  });

  it("deletes a scenario only after asking, never the last one", async () => {
    await button("Poista").click();
    await bar().screenshot({ path: path.join(OUT, "scenarios-delete-fi.png") });
    await page
      .getByRole("group", { name: "Poistetaanko Ilman Kauhavaa ja kaikki siihen kirjoitettu?" })
      .getByRole("button", { name: "Poista", exact: true })
      .click();
    expect(await status()).toBe("Ilman Kauhavaa poistettu; muokattavana nyt Vaihtoehto A.");
    expect(await scenarioSelect().locator("option").allTextContents()).toEqual(["Vaihtoehto A"]);
    expect(await button("Poista").getAttribute("aria-disabled")).toBe("true");
    expect(pane.errors).toEqual([]);
  });
});
