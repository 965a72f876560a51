/**
 * Every request the task pane and the custom functions (one shared page) make while a planner
 * runs the wizard in the standalone preview (built dist/, Debian's Chromium): picking members,
 * the area map (a lazy geojson), the preview engine, creating the sheet, inserting a
 * template. Recorded at the browser-context level (pages, frames, workers); none may leave
 * the add-in's origin. Loads the page's CSP blocked before any request are listed too.
 * SECURITY_DIST=<folder> runs it on another build. Members and figures: the Kymppi
 * fixture (test/fixtures/wizard/kymppi.ts, constructed).
 */
import type { Page, Request } from "playwright-core";
import { KYMPPI_MEMBERS as M, KYMPPI_PARAMS as P } from "../fixtures/wizard/kymppi";
import { launchChromium, type Browser } from "./support/chromium";
import { serveDist, type StaticServer } from "./support/serveDist";
import { addMember, figure, next } from "./wizardDriver";

const fi = (n: number) => n.toLocaleString("fi-FI");

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: { url: string; type: string }[] = [];
const blocked: string[] = [];

beforeAll(async () => {
  server = await serveDist(process.env.SECURITY_DIST); // default: dist/
  browser = await launchChromium({ locale: "fi-FI" });
  browser.context.on("request", (r: Request) =>
    requests.push({ url: r.url(), type: r.resourceType() })
  );
  browser.context.on("weberror", (e) => blocked.push(`weberror: ${e.error().message}`));
  page = await browser.context.newPage();
  page.on("websocket", (ws) => requests.push({ url: ws.url(), type: "websocket" }));
  page.on(
    "console",
    (m) =>
      m.type() === "error" && /Content Security Policy/i.test(m.text()) && blocked.push(m.text())
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor({ timeout: 30000 });
}, 60000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("network use while the wizard runs in the preview", () => {
  it("runs the wizard to a created sheet and inserts a template", async () => {
    for (const m of M) await addMember(page, m.name, m.code);
    for (const m of M) {
      for (const [key, v] of [
        ["labourForce", m.labourForce],
        ["workingAge", m.workingAge],
        ["unemployed", m.unemployed],
      ] as const) {
        await figure(page, m.code, key).fill(fi(v));
      }
      await figure(page, m.code, "clientsMulti").fill(String(m.clients[0]));
      await figure(page, m.code, "clientsSkills").fill(String(m.clients[1]));
      await figure(page, m.code, "clientsCoach").fill(String(m.clients[2]));
    }
    await next(page, /Vaihe 2\/6/);
    await page.getByTestId("area-map").waitFor();
    await next(page, /Vaihe 3\/6/);
    await page.locator("#field-amount").fill(fi(P.amount));
    await next(page, /Vaihe 4\/6/);
    await page.locator("#field-budget").fill(fi(P.budget));
    await next(page, /Vaihe 5\/6/);
    await page.locator("#field-transferFte").fill(String(P.transferFte));
    await next(page, /Vaihe 6\/6/);
    await page.getByRole("button", { name: "Luo laskentataulukko" }).click();
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("tab", { name: "Mallipohjat" }).click();
    await page.getByRole("button", { name: "Lisää tähän työkirjaan" }).first().click();
    const status = page.getByText(/Lisätty välilehdet|Ei onnistunut/).first();
    await status.waitFor({ timeout: 30000 });
    expect(await status.textContent()).toMatch(/^Lisätty välilehdet/);
  }, 120000);

  it("made every request to the add-in's own origin (documents, scripts, chunks, geojson, templates)", () => {
    const origin = new URL(server.url).origin;
    const foreign = requests.filter(
      (r) => !r.url.startsWith("data:") && new URL(r.url).origin !== origin
    );
    console.log(
      `requests: ${requests.length}, all from ${origin}: ${[...new Set(requests.map((r) => r.type))].join(", ")}; ` +
        `blocked by the CSP before any request: ${blocked.length ? blocked.join(" | ") : "none"}`
    );
    expect(requests.some((r) => r.url.endsWith(".geojson"))).toBe(true);
    expect(requests.some((r) => r.url.endsWith(".xlsx"))).toBe(true);
    expect(requests.some((r) => /\/functions\.js$/.test(r.url))).toBe(true);
    expect(foreign).toEqual([]);
  });
});
