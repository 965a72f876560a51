/**
 * Waiting for states instead of sleeping: each helper waits (up to `timeout`) until the page
 * shows what is asked, then returns what it shows, so the test's own `expect` reports the
 * actual value when the state never came. Nothing here depends on how fast the machine is.
 */
import type { Locator, Page } from "playwright-core";

const TIMEOUT = 20_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Waits until `locator` matches at least `n` elements; returns how many it matches. */
export async function countOnceShown(locator: Locator, n = 1, timeout = TIMEOUT): Promise<number> {
  if (n > 0)
    await locator
      .nth(n - 1)
      .waitFor({ state: "attached", timeout })
      .catch(() => undefined);
  else
    await locator
      .first()
      .waitFor({ state: "detached", timeout })
      .catch(() => undefined);
  return locator.count();
}

/** Waits until the text of `locator` is `expected` (whole text, or matches a RegExp); returns it. */
export async function textOnceShown(
  locator: Locator,
  expected: string | RegExp,
  timeout = TIMEOUT
): Promise<string | null> {
  const re = typeof expected === "string" ? new RegExp(`^\\s*${escape(expected)}\\s*$`) : expected;
  await locator
    .filter({ hasText: re })
    .first()
    .waitFor({ timeout })
    .catch(() => undefined);
  return locator.first().textContent();
}

/** Waits until the element with id `id` has the focus; returns the focused element's id. */
export async function focusOnceMoved(page: Page, id: string, timeout = TIMEOUT): Promise<string> {
  await page
    .waitForFunction((want) => document.activeElement?.id === want, id, { timeout })
    .catch(() => undefined);
  return page.evaluate(() => document.activeElement?.id ?? "");
}

/**
 * Waits until no finite CSS animation or transition is running (e.g. before a scan or a
 * screenshot); endless ones, such as a spinner's, never settle and are not waited for.
 */
export async function animationsSettled(page: Page, timeout = TIMEOUT): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity
        ),
    undefined,
    { timeout, polling: "raf" }
  );
}
