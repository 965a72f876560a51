/**
 * @jest-environment jsdom
 */
/**
 * The wizard with a comparison sheet builder passed in (the composition root's seam): the
 * bar copies the Kymppi plan (test/fixtures/wizard/kymppi.ts), the comparison opens, and
 * "Create comparison sheet" writes what the builder made of both scenarios' plans.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../../src/host/memoryHost";
import type { SheetSpec } from "../../../src/host/SheetSpec";
import { STATE_KEY } from "../../../src/taskpane/wizard/persistence";
import type { CompareSheetBuilder } from "../../../src/taskpane/wizard/scenarios/useCompareSheet";
import { Wizard } from "../../../src/taskpane/wizard/Wizard";
import { kymppiInputs } from "../support/kymppiInputs";
import { stubResizeObserver } from "../templates/support";

const saved = JSON.stringify({ version: 3, step: 0, inputs: kymppiInputs("fi") });
const store = () => {
  const m = new Map([[STATE_KEY, saved]]);
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};

/** A test double: the scenarios' names and labour forces, one row each. */
const build: CompareSheetBuilder = (scenarios) => ({
  name: "Vertailu",
  cells: scenarios.map((s) => [
    { kind: "text", text: s.name },
    { kind: "number", value: s.plan.members.reduce((a, m) => a + m.labourForce, 0) },
  ]),
  tables: [],
  charts: [],
});

beforeAll(stubResizeObserver);
// Waits end when the UI is there; the long limit only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 20000 });

it("creates the comparison sheet through the builder it is given", async () => {
  const host = createMemoryHost(async (s) => new Map([...s.keys()].map((k) => [k, []])), store());
  const written: SheetSpec[] = [];
  const write = host.writeSheet.bind(host);
  host.writeSheet = async (spec, target) => (written.push(spec), write(spec, target));
  render(
    <FluentProvider theme={webLightTheme}>
      <Wizard host={host} language="fi" buildCompareSheet={build} />
    </FluentProvider>
  );
  await screen.findByDisplayValue("6 300"); // Kauhava's labour force: the saved plan is back
  const compare = screen.getByRole("button", { name: "Vertaa" });
  expect(compare.getAttribute("aria-disabled")).toBe("true"); // one scenario: nothing to compare
  fireEvent.click(screen.getByRole("button", { name: "Kopioi" }));
  fireEvent.click(screen.getByRole("button", { name: "Poista Kauhava" }));
  fireEvent.click(compare);
  await screen.findByRole("heading", { name: "Vaihtoehdot rinnakkain" });
  const create = await screen.findByRole("button", { name: "Luo vertailutaulukko" });
  await waitFor(() => expect(create.hasAttribute("disabled")).toBe(false));
  fireEvent.click(create);
  await waitFor(() => expect(written).toHaveLength(1));
  // 28 616 for the ten members; without Kauhava's 6 300: 22 316 (fixture totals).
  expect(written[0].cells).toEqual([
    [
      { kind: "text", text: "Vaihtoehto A" },
      { kind: "number", value: 28616 },
    ],
    [
      { kind: "text", text: "Vaihtoehto B" },
      { kind: "number", value: 22316 },
    ],
  ]);
  await screen.findByRole("button", { name: 'Siirry taulukkoon "Vertailu"' });
  // Closed and opened again, the comparison still knows its sheet: up to date, no second copy.
  fireEvent.click(screen.getByRole("button", { name: "Takaisin ohjattuun suunnitteluun" }));
  fireEvent.click(screen.getByRole("button", { name: "Poista Lapua" })); // B changes
  fireEvent.click(screen.getByRole("button", { name: "Vertaa" }));
  await screen.findByText(
    'Taulukko "Vertailu" on tehty aiemmista syötteistä eikä ole ajan tasalla.'
  );
  fireEvent.click(await screen.findByRole("button", { name: "Päivitä taulukko" }));
  await screen.findByText('Taulukko "Vertailu" päivitetty.');
  expect(written).toHaveLength(1);
}, 60000); // the whole wizard renders in jsdom: slow on a busy machine, not a timing check
