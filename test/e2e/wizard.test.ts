/**
 * The whole wizard in the standalone preview (built dist/, Debian's Chromium): the ten
 * Kymppi municipalities (see test/fixtures/wizard/kymppi.ts for the source of the members
 * and the CONSTRUCTED per-municipality figures), a far-away member flagged as disconnected,
 * an axe scan and a screenshot of every step, and the created sheet's computed values
 * checked against hand calculations and the core.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { memberPaymentsByYear, subsidyAllocation } from "../../src/core";
import { KYMPPI_MEMBERS as M, KYMPPI_PARAMS as P } from "../fixtures/wizard/kymppi";
import { collectErrors, launchChromium, type Browser } from "./support/chromium";
import { serveDist, type StaticServer } from "./support/serveDist";
import { countOnceShown, focusOnceMoved, textOnceShown } from "./support/waitFor";
import {
  addMember,
  cellValue,
  figure,
  next,
  pasteColumn,
  seriousViolations,
  shot,
} from "./wizardDriver";

const OUT = path.resolve(__dirname, "../../test-output");
const DIST = process.env.WIZARD_DIST ?? path.resolve(__dirname, "../../dist");
/** A planning year's budget typed in step 4 (constructed: between the budget and the cap). */
const PLAN1 = 6700000;
const fi = (n: number) => n.toLocaleString("fi-FI"); // as a Finnish planner types it, e.g. "6 300"

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];
const violations: Record<string, unknown[]> = {};

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serveDist(DIST);
  browser = await launchChromium({ locale: "fi-FI" });
  page = await browser.context.newPage();
  errors = collectErrors(page);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor({ timeout: 30000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function scanAndShoot(name: string) {
  violations[name] = await seriousViolations(page);
  await shot(page, OUT, `wizard-${name}`);
}

describe("the planner's wizard in the preview (fi)", () => {
  it("step 1: picks the ten Kymppi members by Finnish name, Swedish name or code, and takes typed and pasted figures", async () => {
    const queries: Record<string, string> = { "408": "Lappo", "010": "Alavo", "989": "989" }; // sv names and a code
    for (const m of M) await addMember(page, queries[m.code] ?? m.name, m.code);
    // Labour force pasted as one column (copied from Excel), the rest typed.
    await pasteColumn(
      page,
      M[0].code,
      "labourForce",
      M.map((m) => fi(m.labourForce))
    );
    for (const m of M) {
      await figure(page, m.code, "workingAge").fill(fi(m.workingAge));
      await figure(page, m.code, "unemployed").fill(fi(m.unemployed));
      await figure(page, m.code, "clientsMulti").fill(String(m.clients[0]));
      await figure(page, m.code, "clientsSkills").fill(String(m.clients[1]));
      await figure(page, m.code, "clientsCoach").fill(String(m.clients[2]));
    }
    expect(await figure(page, "759", "labourForce").inputValue()).toBe(fi(566));
    await scanAndShoot("1-members");
    expect(violations["1-members"]).toEqual([]);
  });

  it("step 1 refuses to go on while a figure is wrong, saying which and why", async () => {
    await figure(page, "300", "clientsMulti").fill("-5");
    await page.getByRole("button", { name: "Seuraava" }).click();
    const status = /Korjaa merkityt kentät \(1\)/;
    expect(await textOnceShown(page.getByTestId("wizard-status"), status)).toMatch(status);
    expect(
      await countOnceShown(page.getByText(/Asiakkaat, monialainen \(Kuortane\).*negatiivinen/))
    ).toBe(1);
    await scanAndShoot("1-members-error");
    expect(violations["1-members-error"]).toEqual([]);
    await figure(page, "300", "clientsMulti").fill("60");
  });

  it("step 2: 28 616 meets the minimum, 25 years at −1.4 %, connected; Utsjoki added is flagged on the map and in text", async () => {
    await next(page, /Vaihe 2\/6/);
    expect(await countOnceShown(page.getByText(`Työvoima yhteensä: ${fi(28616)}`))).toBe(1);
    expect(
      await countOnceShown(page.getByText("Pysyy vähimmäismäärässä tai sen yli 25 vuotta."))
    ).toBe(1);
    const connected = "Jäsenkunnat muodostavat yhtenäisen alueen.";
    expect(await textOnceShown(page.getByTestId("contiguity"), connected)).toBe(connected);
    await page.getByTestId("area-map").waitFor();
    // Each municipality is drawn as a small shape, not wound inside-out over the whole map.
    const widths = await page
      .locator('[data-testid="area-map"] path[data-code]')
      .evaluateAll((ps) => ps.map((p) => (p as SVGGraphicsElement).getBBox().width));
    expect(widths.length).toBeGreaterThan(10);
    expect(Math.max(...widths)).toBeLessThan(300);
    await scanAndShoot("2-area");
    expect(violations["2-area"]).toEqual([]);

    await page.getByRole("button", { name: /^1\. / }).click();
    await addMember(page, "Utsjoki", "890");
    await page.getByRole("button", { name: /^2\. / }).click();
    const cutOff = "Ei yhteydessä muihin jäsenkuntiin: Utsjoki";
    expect(await textOnceShown(page.getByTestId("contiguity"), cutOff)).toBe(cutOff);
    const utsjoki = page.locator('[data-testid="area-map"] path[data-code="890"]');
    await countOnceShown(
      page.locator('[data-testid="area-map"] path[data-code="890"][fill="#c53030"]')
    );
    await expect(utsjoki.getAttribute("fill")).resolves.toBe("#c53030");
    await countOnceShown(page.locator('[data-testid="area-map"][aria-label*="Utsjoki"]'));
    await expect(page.getByTestId("area-map").getAttribute("aria-label")).resolves.toMatch(
      /Utsjoki/
    );
    await scanAndShoot("2-area-disconnected");
    expect(violations["2-area-disconnected"]).toEqual([]);
    await page.getByRole("button", { name: /^1\. / }).click();
    await page.getByRole("button", { name: "Poista Utsjoki" }).click();
    await page.getByRole("button", { name: /^2\. / }).click();
  });

  it("steps 3–5: subsidy, joint authority and staffing inputs with results from the core", async () => {
    await next(page, /Vaihe 3\/6/);
    await page.locator("#field-amount").fill(fi(P.amount));
    await scanAndShoot("3-subsidy");
    expect(violations["3-subsidy"]).toEqual([]);
    await next(page, /Vaihe 4\/6/);
    await page.locator("#field-budget").fill(fi(P.budget));
    // cap 0.95 × 7 154 000 = 6 796 300 €; headroom 6 796 300 − 6 500 000 = 296 300 €
    expect(await countOnceShown(page.getByText(/Kattovara: 296\s300,00\s€/))).toBe(1);
    // The first planning year's budget; the second stays empty (= the budget year's).
    await page.locator("#field-budgetPlan1").fill(fi(PLAN1));
    // its headroom 6 796 300 − 6 700 000 = 96 300 €
    expect(await countOnceShown(page.locator("#years-table").getByText(/^96\s300,00$/))).toBe(1);
    // Three years of euros beside the names: no sideways scrolling of the pane at 320–450 px.
    for (const width of [320, 420, 450]) {
      await page.setViewportSize({ width, height: 900 });
      const over = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth
      );
      if (over > 0) await shot(page, OUT, `wizard-4-authority-overflow-${width}`);
      expect({ width, over }).toEqual({ width, over: 0 });
    }
    await page.setViewportSize({ width: 420, height: 900 });
    await shot(page, OUT, "wizard-4-authority-420");
    await page.setViewportSize({ width: 1280, height: 720 });
    await scanAndShoot("4-authority");
    expect(violations["4-authority"]).toEqual([]);
    await next(page, /Vaihe 5\/6/);
    await page.locator("#field-transferFte").fill(String(P.transferFte));
    // ⌈1 300/130⌉ = 10, ⌈2 000/170⌉ = 12, ⌈462/100⌉ = 5; 27 in total
    expect(
      await countOnceShown(
        page.getByText("Htv-tarve: monialainen 10, osaaminen 12, omavalmentaja 5; yhteensä 27.")
      )
    ).toBe(1);
    await scanAndShoot("5-staffing");
    expect(violations["5-staffing"]).toEqual([]);
  });

  it("step 6: creates the sheet; its live formulas compute the plan's figures", async () => {
    await next(page, /Vaihe 6\/6/);
    await scanAndShoot("6-summary");
    expect(violations["6-summary"]).toEqual([]);
    await page.getByRole("button", { name: "Luo laskentataulukko" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    expect(
      await countOnceShown(page.getByRole("button", { name: 'Siirry taulukkoon "Työllisyysalue"' }))
    ).toBe(1);
    expect(await cellValue(page, "R16")).toBe("28616"); // labour force, domain.md
    expect(await cellValue(page, "R17")).toBe("true"); // meets 20 000
    expect(await cellValue(page, "R18")).toBe("0"); // shortfall
    expect(await cellValue(page, "R19")).toBe("25"); // years above at −1.4 % (functions.md)
    expect(await cellValue(page, "R20")).toBe("true"); // contiguous
    expect(await cellValue(page, "R21")).toBe("6796300"); // 0.95 × 7 154 000
    expect(await cellValue(page, "R22")).toBe("296300"); // 6 796 300 − 6 500 000
    expect([
      await cellValue(page, "R28"),
      await cellValue(page, "R29"),
      await cellValue(page, "R30"),
    ]).toEqual(["10", "12", "5"]);
    expect(await cellValue(page, "R31")).toBe("27");
    const expected = subsidyAllocation(
      P.amount,
      M.map((m) => m.workingAge),
      M.map((m) => m.unemployed),
      0.5
    );
    const column = async (c: string) =>
      Promise.all(M.map((_, i) => cellValue(page, `${c}${5 + i}`).then(Number)));
    expect(await column("M")).toEqual(expected.ok ? expected.value : []);
    const cents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0);
    expect(cents(await column("N"))).toBe(650000000); // payments add up to the budget
    expect(Math.round((await column("O")).reduce((a, b) => a + b, 0) * 10)).toBe(400); // 40.0 FTE
    // Three years beside the member rows 5–14: subsidies in AI–AK, payments in AL–AN; below
    // the payments their totals (row 15), the budgets (16), caps (17) and headrooms (18).
    const row = async (r: number, cols = ["AL", "AM", "AN"]) =>
      Promise.all(cols.map((c) => cellValue(page, `${c}${r}`).then(Number)));
    const budgets = [P.budget, PLAN1, P.budget];
    expect(await row(16)).toEqual(budgets);
    const sub = await Promise.all(M.map((_, i) => row(5 + i, ["AI", "AJ", "AK"])));
    const pay = await Promise.all(M.map((_, i) => row(5 + i)));
    expect(memberPaymentsByYear(budgets, sub, 0.95)).toEqual({ ok: true, value: pay });
    expect((await row(15)).map((x) => Math.round(x * 100))).toEqual(budgets.map((b) => b * 100));
    expect(await row(17)).toEqual([6796300, 6796300, 6796300]); // 0.95 × 7 154 000 each year
    expect(await row(18)).toEqual([296300, 96300, 296300]); // 6 796 300 − each budget
    expect(await cellValue(page, "B5")).toBe("Kauhava");
    expect(await cellValue(page, "A14")).toBe("759"); // Soini's code stays text
    await scanAndShoot("6-created");
    expect(violations["6-created"]).toEqual([]);
    // Known harmless messages (office.js's blocked telemetry frame) are left out by exact
    // text (support/knownMessages.ts); everything else must be clean.
    expect(errors).toEqual([]);
  });

  it("reopening resumes: the inputs were saved (localStorage in the preview)", async () => {
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /Vaihe 6\/6/ }).waitFor();
    await page.getByRole("button", { name: /^1\. / }).click();
    await expect(figure(page, "233", "labourForce").inputValue()).resolves.toBe(fi(6300));
  });

  it("switches to Swedish and English; step 1 passes axe in both", async () => {
    for (const [lang, heading] of [
      ["sv", /Steg 1 av 6/],
      ["en", /Step 1 of 6/],
    ] as const) {
      await page.getByRole("combobox", { name: /Kieli|Språk|Language/ }).selectOption(lang);
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
      await countOnceShown(page.locator(`html[lang="${lang}"]`));
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
      await scanAndShoot(`1-members-${lang}`);
      expect(violations[`1-members-${lang}`]).toEqual([]);
    }
  });

  it("works from the keyboard: the combobox adds, Enter removes, Next moves the focus to the step's heading", async () => {
    await page.locator("#member-search").focus();
    await page.keyboard.type("Seinä");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.locator('[id="m:743:labourForce"]').waitFor();
    await page.getByRole("button", { name: "Remove Seinäjoki" }).focus();
    await page.keyboard.press("Enter");
    expect(await countOnceShown(page.locator('[id="m:743:labourForce"]'), 0)).toBe(0);
    await page.getByRole("button", { name: "Next" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /Step 2 of 6/ }).waitFor();
    expect(await focusOnceMoved(page, "wizard-heading")).toBe("wizard-heading");
  });
});
