/**
 * The standalone preview opened as a Finnish user at a task pane's width: the built dist/
 * served, Chromium launched, the page at step 1 of the wizard, console errors collected.
 */
import path from "path";
import type { Page } from "playwright-core";
import { collectErrors, launchChromium, type Browser } from "./chromium";
import { serveDist, type StaticServer } from "./serveDist";

export interface Pane {
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

const DIST = process.env.WIZARD_DIST ?? path.resolve(__dirname, "../../../dist");

export async function openPane(width = 420): Promise<Pane> {
  const server: StaticServer = await serveDist(DIST);
  const browser: Browser = await launchChromium({ locale: "fi-FI" });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = collectErrors(page);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { level: 2, name: /Vaihe 1\/6/ }).waitFor({ timeout: 30000 });
  return {
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
