import { mkdirSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { launchChromium, collectErrors, type Browser } from "./support/chromium";
import { serveDist, type StaticServer } from "./support/serveDist";

const DIST = path.resolve(__dirname, "../../dist");
const OUT = path.resolve(__dirname, "../../test-output");

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist(DIST);
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => server.close());

// The browser's language picks the UI language; the page declares it on <html lang>.
// (The heading's wording belongs to the task pane room, so only its presence is asserted.)
const CASES = [
  { locale: "fi-FI", lang: "fi" },
  { locale: "sv-FI", lang: "sv" },
  { locale: "en-GB", lang: "en" },
];

describe.each(CASES)("standalone preview in $locale", ({ locale, lang }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ locale });
  });
  afterAll(() => browser.close());

  it("renders a visible heading in a main landmark without console errors", async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`);
    const h1 = page.getByRole("heading", { level: 1 }).first();
    await h1.waitFor({ state: "visible", timeout: 15000 });
    const renderMs = Date.now() - started;
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe(lang);
    expect(await page.getByRole("main").count()).toBe(1);
    await page.screenshot({ path: path.join(OUT, `smoke-taskpane-${lang}.png`), fullPage: true });
    expect(errors).toEqual([]);
    console.log(`smoke ${locale}: heading visible after ${renderMs} ms`);
  });
});

describe("production bundles", () => {
  const read = (file: string) => readFileSync(path.join(DIST, file), "utf8");
  const findings = (code: string) => ({
    eval: /(^|[^.\w$])eval\(/.test(code),
    newFunction: /new Function\s*\(/.test(code),
  });

  it("the entry bundles contain no eval and no new Function (the CSP forbids both)", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      expect({ file, ...findings(read(file)) }).toEqual({ file, eval: false, newFunction: false });
    }
  });

  it("keep HyperFormula (GPLv3 option, 170 KB gzip) out of the entry bundles", () => {
    for (const file of ["functions.js", "taskpane.js"]) {
      expect({ file, hyperformula: /HyperFormula|chevrotain/.test(read(file)) }).toEqual({
        file,
        hyperformula: false,
      });
    }
  });

  it("lazy chunks contain none either (jszip and chevrotain code generation are shimmed in webpack.config.js)", () => {
    const chunks = readdirSync(DIST).filter((f) => f.endsWith(".chunk.js"));
    for (const file of chunks) {
      expect({ file, ...findings(read(file)) }).toEqual({ file, eval: false, newFunction: false });
    }
  });
});
