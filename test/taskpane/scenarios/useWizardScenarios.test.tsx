/**
 * @jest-environment jsdom
 */
/**
 * Scenarios through the wizard's hook: copying, switching (inputs kept, shown errors reset,
 * results always those of the current scenario), saving all of them, and the plan sheet
 * remembered per scenario so Update never rewrites A's sheet with B's plan. Figures: the
 * Kymppi plan (test/fixtures/wizard/kymppi.ts, CONSTRUCTED per-member figures).
 */
import { act, configure, renderHook, waitFor } from "@testing-library/react";
import { createMemoryHost } from "../../../src/host/memoryHost";
import type { SheetSpec } from "../../../src/host/SheetSpec";
import { STATE_KEY } from "../../../src/taskpane/wizard/persistence";
import { useWizard } from "../../../src/taskpane/wizard/useWizard";
import { figureId } from "../../../src/taskpane/wizard/validate";
import { kymppiInputs } from "../support/kymppiInputs";

// Waits end when the state is there; the long limit only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 20000 });

function memoryStore(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}
const host = (store = memoryStore()) =>
  createMemoryHost(async (sheets) => new Map([...sheets.keys()].map((k) => [k, []])), store);
/** A store holding the Kymppi plan as the version-3 wizard saved it, at the summary step. */
const kymppiStore = () =>
  memoryStore({ [STATE_KEY]: JSON.stringify({ version: 3, step: 5, inputs: kymppiInputs("fi") }) });

async function wizard(store = kymppiStore(), h = host(store)) {
  const r = renderHook(() => useWizard(h, "fi"));
  await waitFor(() => expect(r.result.current.loaded).toBe(true));
  return r;
}

describe("scenarios in the wizard", () => {
  it("copies A to B and switches between them without losing what was typed in either", async () => {
    const { result } = await wizard();
    expect(result.current.scenarios.current.name).toBe("Vaihtoehto A");
    act(() => result.current.scenarios.copy());
    expect(result.current.status).toBe(
      "Vaihtoehto A kopioitu: Vaihtoehto B; muokattavana nyt Vaihtoehto B."
    );
    act(() => result.current.setScalar("budget", "6 700 00")); // typed half-way
    act(() => result.current.removeMember("233"));
    const [a, b] = result.current.scenarios.list.scenarios.map((s) => s.id);
    act(() => result.current.scenarios.select(a));
    expect(result.current.inputs.scalars.budget).toBe("6 500 000");
    expect(result.current.inputs.members).toHaveLength(10);
    act(() => result.current.scenarios.select(b));
    expect(result.current.inputs.scalars.budget).toBe("6 700 00");
    expect(result.current.inputs.members).toHaveLength(9);
    expect(result.current.status).toBe("Muokattavana nyt Vaihtoehto B.");
  });

  it("never shows one scenario's results with another's inputs, and starts the shown errors afresh", async () => {
    // Every render's inputs and results, to catch a render that mixes two scenarios (the
    // results follow the inputs through a deferred value).
    const renders: [number, number | undefined][] = [];
    const h = host(kymppiStore());
    const { result } = renderHook(() => {
      const w = useWizard(h, "fi");
      renders.push([w.inputs.members.length, w.calc.total]);
      return w;
    });
    await waitFor(() => expect(result.current.calc.total).toBe(28616));
    act(() => result.current.scenarios.copy());
    act(() => result.current.removeMember("233"));
    // 28 616 − Kauhava's 6 300 = 22 316 (fixture totals).
    await waitFor(() => expect(result.current.calc.total).toBe(22316));
    act(() => result.current.setFigure("408", "labourForce", ""));
    act(() => result.current.touch(figureId("408", "labourForce")));
    expect(result.current.errorOf(figureId("408", "labourForce"))).toBe(
      "Työvoima (Lapua) on pakollinen"
    );
    renders.length = 0;
    act(() => result.current.scenarios.select(result.current.scenarios.list.scenarios[0].id));
    // No render shows A's ten members with B's results (or none), not even the first one.
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.filter(([members, total]) => members === 10 && total !== 28616)).toEqual([]);
    expect(result.current.plan?.members).toHaveLength(10);
    act(() => result.current.scenarios.select(result.current.scenarios.list.scenarios[1].id));
    expect(result.current.errorOf(figureId("408", "labourForce"))).toBeUndefined(); // not touched in this visit
    expect(result.current.stepErrors(0)).toEqual([figureId("408", "labourForce")]);
  });

  it("saves every scenario and which one is current; the pane reopens there", async () => {
    const store = kymppiStore();
    const first = await wizard(store);
    act(() => first.result.current.scenarios.copy());
    act(
      () =>
        void first.result.current.scenarios.rename(
          first.result.current.scenarios.current.id,
          "Ilman Kauhavaa"
        )
    );
    act(() => first.result.current.removeMember("233"));
    first.unmount(); // saves at once on the way out
    const saved = JSON.parse(store.map.get(STATE_KEY)!);
    expect(saved.current).toBe(1);
    expect(saved.scenarios.map((s: { name: string }) => s.name)).toEqual([
      "Vaihtoehto A",
      "Ilman Kauhavaa",
    ]);
    const again = await wizard(store);
    expect(again.result.current.scenarios.current.name).toBe("Ilman Kauhavaa");
    expect(again.result.current.inputs.members).toHaveLength(9);
  });

  it("keeps the created sheet per scenario: Update rewrites A's sheet with A's plan only", async () => {
    const h = host(kymppiStore());
    const written: SheetSpec[] = [];
    const writeSheet = h.writeSheet.bind(h);
    h.writeSheet = async (spec, target) => (written.push(spec), writeSheet(spec, target));
    const updates: string[] = [];
    const updateSheet = h.updateSheet.bind(h);
    h.updateSheet = async (name, previous, next) => (
      updates.push(name),
      updateSheet(name, previous, next)
    );
    const { result } = await wizard(undefined, h);
    await waitFor(() => expect(result.current.plan).toBeDefined());
    await act(() => result.current.sheet.create());
    const sheetA = result.current.sheet.created!.name;
    act(() => result.current.scenarios.copy());
    await waitFor(() => expect(result.current.plan).toBeDefined());
    // B has made no sheet: nothing to update, nothing out of date.
    expect(result.current.sheet.created).toBeUndefined();
    expect(result.current.sheet.stale).toBe(false);
    act(() => result.current.removeMember("233"));
    await waitFor(() => expect(result.current.plan?.members).toHaveLength(9));
    await act(() => result.current.sheet.update());
    expect(updates).toEqual([]);
    await act(() => result.current.sheet.create());
    expect(result.current.sheet.created!.name).not.toBe(sheetA);
    // Back in A, its sheet is there and up to date with A's ten members.
    act(() => result.current.scenarios.select(result.current.scenarios.list.scenarios[0].id));
    expect(result.current.sheet.created?.name).toBe(sheetA);
    expect(result.current.sheet.stale).toBe(false);
    expect(written).toHaveLength(2);
  });

  it("deletes a scenario (never the last) and forgets its sheet", async () => {
    const { result } = await wizard();
    act(() => result.current.scenarios.copy());
    const b = result.current.scenarios.current.id;
    act(() => result.current.removeScenario(b));
    expect(result.current.status).toBe("Vaihtoehto B poistettu; muokattavana nyt Vaihtoehto A.");
    const a = result.current.scenarios.current.id;
    act(() => result.current.removeScenario(a));
    expect(result.current.scenarios.list.scenarios).toHaveLength(1);
  });
});
