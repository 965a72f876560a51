/**
 * The cost-sharing step in the preview at a task pane's width (420 px): the Kymppi fixture
 * saved with the workbook (support/leadInputs.ts: constructed figures and agreed shares),
 * each model chosen in turn, screenshots in fi (and one in sv) under test-output/, axe, and
 * the created sheet's payments by the agreement. Figures by hand in test/taskpane/leadYears.test.ts.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { STATE_KEY, STATE_VERSION } from "../../src/taskpane/wizard/persistence";
import type { WizardInputs } from "../../src/taskpane/wizard/inputs";
import { leadInputs } from "../taskpane/support/leadInputs";
import { collectErrors, launchChromium, type Browser } from "./support/chromium";
import { serveDist, type StaticServer } from "./support/serveDist";
import { countOnceShown, textOnceShown } from "./support/waitFor";
import { cellValue, next, seriousViolations, shot } from "./wizardDriver";

const OUT = path.resolve(__dirname, "../../test-output");
const DIST = process.env.WIZARD_DIST ?? path.resolve(__dirname, "../../dist");

let server: StaticServer;
let browser: Browser;

/** A page at step 4 with `inputs` saved and `language` chosen before it loads. */
async function openAt(inputs: WizardInputs, language: "fi" | "sv"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  const saved = JSON.stringify({
    version: STATE_VERSION,
    step: 3,
    current: 0,
    scenarios: [{ name: "Vaihtoehto A", inputs }],
  });
  await page.addInitScript(
    ([key, state, lang]) => {
      // Once per tab (the browser's storage outlives it), and only where storage is allowed
      // (office.js's blocked telemetry frame is not).
      try {
        if (window.sessionStorage.getItem("seeded") !== null) return;
        window.sessionStorage.setItem("seeded", "1");
        window.localStorage.setItem(key, state);
        window.localStorage.setItem("tyoalue.language", lang);
      } catch {
        /* a frame without storage */
      }
    },
    [STATE_KEY, saved, language]
  );
  await page.goto(`${server.url}/taskpane.html`);
  const heading = language === "fi" ? /Vaihe 4\/6: Kustannukset/ : /Steg 4 av 6: Kostnader/;
  await page.getByRole("heading", { level: 2, name: heading }).waitFor({ timeout: 30000 });
  return page;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serveDist(DIST);
  browser = await launchChromium({ locale: "fi-FI" });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const joint = leadInputs("percent");
const start: WizardInputs = { ...joint, costSharing: { ...joint.costSharing!, model: "joint" } };

describe("cost sharing at 420 px (fi)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await openAt(start, "fi");
    errors = collectErrors(page);
  });

  it("the joint authority's model by default: cap and headroom", async () => {
    // cap 0.95 × 7 154 000 = 6 796 300 €; headroom 296 300 € (calculate.test.ts)
    expect(await countOnceShown(page.getByText(/Kattovara: 296\s300,00\s€/))).toBe(1);
    await shot(page, OUT, "lead-1-joint-fi-420");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("agreed percentages: no cap, Kauhava pays 22 % of 6 500 000 = 1 430 000 €", async () => {
    await page.getByRole("radio", { name: /sovittu prosenttiosuus/ }).check();
    expect(await countOnceShown(page.getByText("Ei maksukattoa: sopimus ratkaisee."))).toBe(1);
    expect(await page.getByText(/Kattovara/).count()).toBe(0);
    expect(await countOnceShown(page.getByText(/^1\s430\s000,00$/))).toBe(1);
    await shot(page, OUT, "lead-2-percent-fi-420");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("says the sum and the difference when the shares miss 100 %", async () => {
    await page.locator('[id="field-share:233"]').fill("20"); // Kauhava 22 → 20: 98 %
    const message = /Sovitut osuudet ovat yhteensä 98\s%: 2\s% vähemmän kuin 100 %\./;
    expect(await textOnceShown(page.locator("#field-shareSum"), message)).toMatch(message);
    await shot(page, OUT, "lead-3-percent-sum-fi-420");
  });

  it("takes the shares pasted as a column from the agreement's table (Excel's '22 %')", async () => {
    const column = ["22 %", "21 %", "16 %", "14 %", "8 %", "5,5 %", "4,5 %", "4 %", "3 %", "2 %"];
    await page.locator('[id="field-share:233"]').evaluate(
      (el, text) => {
        const data = new DataTransfer();
        data.setData("text/plain", text);
        el.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
        );
      },
      column.join("\r\n") + "\r\n"
    );
    const ok = /Sovitut osuudet ovat yhteensä 100\s%\./;
    expect(await textOnceShown(page.locator("#field-shareSum"), ok)).toMatch(ok);
    await expect(page.locator('[id="field-share:759"]').inputValue()).resolves.toBe("2 %");
  });

  it("fixed part plus use: the fixed part labelled, the rest by clients; Kauhava 1 423 399,79 €", async () => {
    await page.getByRole("radio", { name: /kiinteä osa ja käyttöön/ }).check();
    await page.locator("#field-fixedPart").waitFor();
    expect(await countOnceShown(page.getByText(/^Loput 50\s% jaetaan käytön mukaan/))).toBe(1);
    expect(await countOnceShown(page.getByText(/^1\s423\s399,79$/))).toBe(1);
    await shot(page, OUT, "lead-4-fixeduse-fi-420");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the created sheet pays by ALLOCATE over the agreement", async () => {
    await next(page, /Vaihe 5\/6/);
    await next(page, /Vaihe 6\/6/);
    await page.getByRole("button", { name: "Luo laskentataulukko" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    expect(await cellValue(page, "N5")).toBe("1423399.79"); // Kauhava
    expect(await cellValue(page, "AJ5")).toBe("820"); // Kauhava's clients, 290 + 440 + 90
    expect(await cellValue(page, "R23")).toBe("0.5"); // the fixed part
    expect(await cellValue(page, "R21")).toBe("ei sovelleta"); // no payment cap
    await shot(page, OUT, "lead-5-summary-fi-420");
    expect(errors).toEqual([]);
  });
});

describe("cost sharing at 420 px (sv)", () => {
  it("fixed part plus use in Swedish", async () => {
    const page = await openAt(leadInputs("fixedUse"), "sv");
    expect(await countOnceShown(page.getByText("Inget avgiftstak: avtalet avgör."))).toBe(1);
    await shot(page, OUT, "lead-6-fixeduse-sv-420");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
