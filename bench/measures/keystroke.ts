/**
 * Keystroke latency in the wizard's member table (issue 11, item 7): the production build
 * in Chromium at a task pane's 420 px, 30 members added through the member combobox, CPU
 * slowed ×4 (CDP Emulation.setCPUThrottlingRate). Each keystroke is timed from its keydown
 * to the next paint, and the longest long task is kept. A floor is measured in the same run
 * and the same way: the same keys into a bare <input> on an empty page. The UI is driven by
 * roles and accessible names (the figure inputs are named per municipality), not layout.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/i18n";
import { launchChromium } from "../../test/e2e/support/chromium";
import { serveDist } from "../../test/e2e/support/serveDist";
import { PROBE_SCRIPT, probe } from "../support/keystrokeProbe";

export interface KeystrokeFigures {
  readonly members: number;
  readonly keys: number;
  /** Keydown → next paint in the member table, ms. */
  readonly medianMs: number;
  readonly p95Ms: number;
  /** The longest long task while typing in the member table, ms (0: none over 50 ms). */
  readonly longestTaskMs: number;
  /** The same keys into a bare <input> on an empty page, ms. */
  readonly floorMedianMs: number;
  readonly floorP95Ms: number;
}

const CPU_SLOWDOWN = 4;
const MEMBERS = 30;
const KEYS = ["Control+A", "1", "2", "3", "4", "Backspace"]; // per member visited
const VISITED = [0, 5, 10, 15, 20, 25, 29]; // members typed into, by position in the table

/** Median and 95th percentile (nearest rank) of `xs`, ms rounded to 0.1. */
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median: r(at(0.5)), p95: r(at(0.95)) };
}

/** The first 30 mainland municipalities of the registry (Åland's are not offered): [code, name]. */
function registryMembers(root: string): [string, string][] {
  return readFileSync(path.join(root, "assets/data/kunnat_2025.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","))
    .filter((cols) => cols[4] === "0") // kunta,nimi,namn,maakunta,ahvenanmaa,…
    .slice(0, MEMBERS)
    .map((cols) => [cols[0], cols[1]]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A municipality's figure inputs: textboxes whose accessible name names it. */
const figuresOf = (page: Page, name: string) =>
  page.getByRole("textbox", { name: new RegExp(`(^|[\\s,(:])${escape(name)}($|[\\s,):])`) });

/** Presses `keys` one by one, each after the previous one has been painted. */
async function typeTimed(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const before = await page.evaluate(probe.count);
    await page.keyboard.press(key);
    await page.waitForFunction(probe.countAbove, before, { polling: "raf" });
  }
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

/** Measures keystroke latency on the production build in `dist`. */
export async function keystrokeLatency(root: string, dist: string): Promise<KeystrokeFigures> {
  const server = await serveDist(dist);
  const browser = await launchChromium({ locale: "en-US" });
  try {
    const t = STRINGS.en;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(`${server.url}/taskpane.html`);
    const search = page.getByRole("combobox", { name: t.addMunicipality });
    const members = registryMembers(root);
    for (const [code, name] of members) {
      await search.fill("");
      await search.pressSequentially(code); // key by key: the combobox opens on key input
      await page
        .getByRole("option", { name: new RegExp(`\\b${code}\\b`) })
        .first()
        .click();
      await figuresOf(page, name).first().waitFor();
    }
    await throttle(page);
    await page.evaluate(probe.reset);
    for (const i of VISITED) {
      await figuresOf(page, members[i][1]).first().focus();
      await typeTimed(page, KEYS);
    }
    const table = await page.evaluate(probe.read);

    const blank = await browser.context.newPage();
    await blank.addInitScript(PROBE_SCRIPT);
    await blank.route("**/floor.html", (route) =>
      route.fulfill({ contentType: "text/html", body: '<!doctype html><input aria-label="floor">' })
    );
    await blank.goto(`${server.url}/floor.html`); // same origin, no app code
    await throttle(blank);
    await blank.evaluate(probe.reset);
    for (let i = 0; i < VISITED.length; i++) {
      await blank.getByRole("textbox", { name: "floor" }).focus();
      await typeTimed(blank, KEYS);
    }
    const floor = await blank.evaluate(probe.read);
    const a = stats(table.latencies);
    const f = stats(floor.latencies);
    return {
      members: MEMBERS,
      keys: table.latencies.length,
      medianMs: a.median,
      p95Ms: a.p95,
      longestTaskMs: Math.round(Math.max(0, ...table.longTasks)),
      floorMedianMs: f.median,
      floorP95Ms: f.p95,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
