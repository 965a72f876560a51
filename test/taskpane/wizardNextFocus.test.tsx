/**
 * @jest-environment jsdom
 */
/**
 * Next refused on the cost step by a year's subsidy typed wrong focuses that input and stays
 * on the step (before: the id "y:…" was looked up as "field-y:…", not found, and the wizard
 * jumped to step 1). The plan is the Kymppi fixture (test/fixtures/wizard/kymppi.ts).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../src/host/memoryHost";
import { STATE_KEY } from "../../src/taskpane/wizard/persistence";
import { Wizard } from "../../src/taskpane/wizard/Wizard";
import { kymppiInputs } from "./support/kymppiInputs";
import { stubResizeObserver } from "./templates/support";

// Saved by a version-3 wizard at step 4, Kauhava's (233) first planning year typed as "abc".
const inputs = { ...kymppiInputs("fi"), yearSubsidies: { "233": ["", "abc", ""] } };
const saved = JSON.stringify({ version: 3, step: 3, inputs });

beforeAll(stubResizeObserver);
// Waits end when the UI is there; the long limit only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 20000 });

it("focuses the year's subsidy input that holds Next and stays on the cost step", async () => {
  const m = new Map([[STATE_KEY, saved]]);
  const host = createMemoryHost(async (s) => new Map([...s.keys()].map((k) => [k, []])), {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <Wizard host={host} language="fi" />
    </FluentProvider>
  );
  const input = await waitFor(() => {
    const el = document.getElementById("y:233:1");
    expect(el).not.toBeNull();
    return el!;
  });
  fireEvent.click(screen.getByRole("button", { name: "Seuraava" }));
  await waitFor(() => expect(document.activeElement).toBe(input));
  expect(screen.getByRole("heading", { level: 2 }).textContent).toMatch(/^Vaihe 4\/6/);
}, 60000); // the whole wizard renders in jsdom: slow on a busy machine, not a timing check
