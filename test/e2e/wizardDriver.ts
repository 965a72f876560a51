/**
 * Drives the wizard in the standalone preview with Playwright: picking members, typing or
 * pasting figures, moving between steps, axe scans and screenshots. Used by wizard.test.ts.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { animationsSettled } from "./support/waitFor";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Violations of impact serious or critical on the page (axe-core, all default rules).
 * Excluded: Fluent UI's Tabster focus redirectors (`<i data-tabster-dummy aria-hidden
 * tabindex=0>` inside the TabList), which pass focus on to the next real element at once;
 * axe flags them as aria-hidden-focus, a known false positive of Fluent v9.
 */
export async function seriousViolations(
  page: Page
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.mouse.move(0, 0); // no hover styles (or their transitions) under the scan
  await animationsSettled(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    type Node = { target: string[]; html: string; failureSummary: string };
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document
          ): Promise<{ violations: { id: string; impact: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    return axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document);
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary}`),
    }));
}

/** The input of a member's figure (ids contain ":", so match the attribute). */
export const figure = (page: Page, code: string, key: string) =>
  page.locator(`[id="m:${code}:${key}"]`);

/** Adds a member through the registry combobox, searching by `query` and choosing code `code`. */
export async function addMember(page: Page, query: string, code: string): Promise<void> {
  const box = page.locator("#member-search");
  await box.fill("");
  await box.pressSequentially(query); // typed key by key: the combobox opens its list on key input
  await page.getByRole("option", { name: new RegExp(`\\(${code}\\)`) }).click();
  await page.locator(`tr:has([id="m:${code}:labourForce"])`).waitFor();
}

/** Pastes `lines` (a column copied from Excel) into a figure input, as the clipboard would. */
export async function pasteColumn(
  page: Page,
  code: string,
  key: string,
  lines: string[]
): Promise<void> {
  await figure(page, code, key).evaluate(
    (el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
      );
    },
    lines.join("\r\n") + "\r\n"
  );
}

/** Goes to the next step and waits for its heading to take the focus. */
export async function next(page: Page, nextName: RegExp): Promise<void> {
  await page.getByRole("button", { name: /^(Seuraava|Nästa|Next)$/ }).click();
  await page.getByRole("heading", { level: 2, name: nextName }).waitFor();
}

/** The computed value in the preview grid's cell `address` (data-value, unformatted). */
export async function cellValue(page: Page, address: string): Promise<string> {
  return (
    (await page
      .locator(`[data-testid="sheet-grid"] td[data-cell="${address}"]`)
      .getAttribute("data-value")) ?? ""
  );
}

/**
 * Saves a full-page screenshot under test-output/, once transitions have ended (under load a
 * step link was caught half-way between selected and not, pale on pale).
 */
export async function shot(page: Page, out: string, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await animationsSettled(page);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
}
