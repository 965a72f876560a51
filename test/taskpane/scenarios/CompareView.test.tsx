/**
 * @jest-environment jsdom
 */
/**
 * The wizard's comparison in jsdom: the bar copies the Kymppi plan
 * (test/fixtures/wizard/kymppi.ts), the comparison opens, and "Create comparison sheet" writes
 * the comparison sheet of both scenarios' plans (its figures: test/taskpane/compare/ and the
 * e2e wizardScenarios suite, which computes it).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../../src/host/memoryHost";
import type { SheetSpec } from "../../../src/host/SheetSpec";
import { STATE_KEY } from "../../../src/taskpane/wizard/persistence";
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

beforeAll(stubResizeObserver);
// Waits end when the UI is there; the long limit only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 20000 });

it("creates the comparison sheet of the chosen scenarios and updates it", async () => {
  const host = createMemoryHost(async (s) => new Map([...s.keys()].map((k) => [k, []])), store());
  const written: SheetSpec[] = [];
  const write = host.writeSheet.bind(host);
  host.writeSheet = async (spec, target) => (written.push(spec), write(spec, target));
  render(
    <FluentProvider theme={webLightTheme}>
      <Wizard host={host} language="fi" />
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
  expect(written[0].name).toBe("Skenaariovertailu");
  const texts = written[0].cells.flat().flatMap((c) => (c?.kind === "text" ? [c.text] : []));
  expect(texts).toEqual(expect.arrayContaining(["Vaihtoehto A", "Vaihtoehto B"]));
  // A code appears once in the per-member comparison and once in each block it is a member of:
  // Kauhava (233) only in A, Lapua (408) in both.
  expect(texts.filter((x) => x === "233")).toHaveLength(2);
  expect(texts.filter((x) => x === "408")).toHaveLength(3);
  await screen.findByRole("button", { name: 'Siirry taulukkoon "Skenaariovertailu"' });
  // Closed and opened again, the comparison still knows its sheet: up to date, no second copy.
  fireEvent.click(screen.getByRole("button", { name: "Takaisin ohjattuun suunnitteluun" }));
  fireEvent.click(screen.getByRole("button", { name: "Poista Lapua" })); // B changes
  fireEvent.click(screen.getByRole("button", { name: "Vertaa" }));
  await screen.findByText(
    'Taulukko "Skenaariovertailu" on tehty aiemmista syötteistä eikä ole ajan tasalla.'
  );
  fireEvent.click(await screen.findByRole("button", { name: "Päivitä taulukko" }));
  await screen.findByText('Taulukko "Skenaariovertailu" päivitetty.');
  expect(written).toHaveLength(1);
}, 60000); // the whole wizard renders in jsdom: slow on a busy machine, not a timing check
