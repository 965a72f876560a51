import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { KNOWN_HARMLESS_CONSOLE } from "./knownMessages";

/** Flags that make Debian's Chromium quiet and offline in a container (see toolchain docs). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running Chromium with a fresh profile and HOME; `close` removes both. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium (`CHROMIUM_PATH` or /usr/bin/chromium) via playwright-core with a fresh
 * user-data-dir and a temporary HOME (Chromium writes crash reports there).
 */
export async function launchChromium(options: { locale?: string } = {}): Promise<Browser> {
  const temp = mkdtempSync(path.join(os.tmpdir(), "tyoalue-e2e-"));
  const home = path.join(temp, "home");
  const context = await chromium.launchPersistentContext(path.join(temp, "profile"), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
    env: { ...process.env, HOME: home },
    locale: options.locale ?? "fi-FI",
    ignoreHTTPSErrors: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/**
 * Collects console errors and uncaught page errors (CSP violations arrive as console errors),
 * except the known harmless messages of `KNOWN_HARMLESS_CONSOLE`, matched by exact text.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !KNOWN_HARMLESS_CONSOLE.includes(msg.text()))
      errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} ${res.url()}`);
  });
  return errors;
}
