/**
 * @jest-environment jsdom
 */
/**
 * The comparison sheet's hook with a small test builder (the real layout is the sheet
 * builder's, tested there): created, out of date when a compared plan changes, Update
 * rewrites it, a failing builder is named. Plans: the Kymppi plan (test/fixtures/wizard/kymppi.ts).
 */
import { act, renderHook } from "@testing-library/react";
import { createMemoryHost } from "../../../src/host/memoryHost";
import { STRINGS } from "../../../src/taskpane/i18n";
import { evaluateScenario } from "../../../src/taskpane/wizard/scenarios/evaluateScenario";
import {
  useCompareSheet,
  type CompareSheetBuilder,
  type NamedPlan,
} from "../../../src/taskpane/wizard/scenarios/useCompareSheet";
import { kymppiInputs } from "../support/kymppiInputs";

const store = { getItem: () => null, setItem: () => undefined };
const host = () =>
  createMemoryHost(async (sheets) => new Map([...sheets.keys()].map((k) => [k, []])), store);

/** A test double: one row per scenario, its name and budget. */
const testBuilder: CompareSheetBuilder = (scenarios, language) => ({
  name: language === "fi" ? "Vertailu" : "Comparison",
  cells: scenarios.map((s) => [
    { kind: "text", text: s.name },
    { kind: "number", value: s.plan.budget },
  ]),
  tables: [],
  charts: [],
});

const a = kymppiInputs("fi");
const planA = evaluateScenario(a, "fi").plan!;
const planB = evaluateScenario(
  { ...a, members: a.members.filter((m) => m.code !== "233") },
  "fi"
).plan!;

function render(build: CompareSheetBuilder, h = host()) {
  const statuses: string[] = [];
  const setStatus = (s: string) => void statuses.push(s);
  const r = renderHook(
    ({ scenarios }: { scenarios: readonly NamedPlan[] | undefined }) =>
      useCompareSheet({ host: h, build, scenarios, language: "fi", t: STRINGS.fi, setStatus }),
    {
      initialProps: {
        scenarios: [
          { name: "Vaihtoehto A", plan: planA },
          { name: "Vaihtoehto B", plan: planB },
        ] as readonly NamedPlan[] | undefined,
      },
    }
  );
  return { ...r, statuses, h };
}

describe("useCompareSheet", () => {
  it("creates the sheet from the chosen plans, is out of date when one changes, and Update rewrites it", async () => {
    const built: (readonly NamedPlan[])[] = [];
    const { result, rerender, statuses, h } = render((s, l) => (built.push(s), testBuilder(s, l)));
    expect(planA.budget).toBe(6500000); // the fixture's budget
    await act(() => result.current.create());
    expect(result.current.created?.name).toBe("Vertailu");
    expect(statuses).toEqual(["Luodaan…", 'Laskentataulukko "Vertailu" luotu.']);
    expect(result.current.stale).toBe(false);
    const raised = { ...planB, budget: 6700000 };
    rerender({
      scenarios: [
        { name: "Vaihtoehto A", plan: planA },
        { name: "Vaihtoehto B", plan: raised },
      ],
    });
    expect(result.current.stale).toBe(true);
    const update = jest.spyOn(h, "updateSheet");
    await act(() => result.current.update());
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0][2].cells[1][1]).toEqual({ kind: "number", value: 6700000 });
    expect(statuses.at(-1)).toBe('Taulukko "Vertailu" päivitetty.');
    expect(result.current.stale).toBe(false);
    expect(built.map((s) => s.map((x) => x.plan.budget))).toEqual([
      [6500000, 6500000],
      [6500000, 6700000],
    ]);
  });

  it("writes nothing while a compared scenario is incomplete", async () => {
    const { result, rerender, h } = render(testBuilder);
    const write = jest.spyOn(h, "writeSheet");
    rerender({ scenarios: undefined });
    await act(() => result.current.create());
    expect(write).not.toHaveBeenCalled();
    expect(result.current.created).toBeUndefined();
  });

  it("takes a builder that loads lazily (a promise), and names a failing one", async () => {
    const lazy = render(async (s, l) => testBuilder(s, l));
    await act(() => lazy.result.current.create());
    expect(lazy.result.current.created?.name).toBe("Vertailu");
    const failing = render(() => {
      throw new Error("too many scenarios");
    });
    await act(() => failing.result.current.create());
    expect(failing.statuses.at(-1)).toBe("Laskentataulukkoa ei voitu luoda: too many scenarios");
    expect(failing.result.current.busy).toBe(false);
  });
});
