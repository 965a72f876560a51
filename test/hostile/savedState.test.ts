/**
 * The wizard's saved state comes back from the workbook (Office settings) — from whoever
 * sent the workbook. Hostile stored values (not JSON, wrong shapes, prototype-pollution keys,
 * formula-like texts, random JSON) must never throw; they are either accepted in the saved
 * shape or refused and kept aside under `<key>.unreadable`, never lost.
 */
import fc from "fast-check";
import type { WorkbookHost } from "../../src/host/WorkbookHost";
import { FIGURES, SCALARS } from "../../src/taskpane/wizard/inputs";
import { loadWizard, STATE_KEY } from "../../src/taskpane/wizard/persistence";

/** A host holding one stored value; records what is saved. */
function hostWith(raw: string | null) {
  const saved = new Map<string, string>();
  const host = {
    loadState: async () => raw,
    saveState: async (k: string, v: string) => void saved.set(k, v),
  };
  return { host: host as unknown as WorkbookHost, saved };
}

const figures = Object.fromEntries(FIGURES.map((k) => [k, "1 000"]));
const scalars = Object.fromEntries(SCALARS.map((k) => [k, "0,5"]));
const good = {
  version: 1,
  step: 2,
  inputs: { members: [{ code: '=HYPERLINK("http://x","y")', figures }], scalars },
};

const HOSTILE: [string, string][] = [
  ["not JSON", "{version:1"],
  ["JSON null", "null"],
  ["a number", "42"],
  ["an array", "[1,2,3]"],
  ["a future version", JSON.stringify({ ...good, version: 2 })],
  ["step out of range", JSON.stringify({ ...good, step: 99 })],
  [
    "figures as numbers",
    JSON.stringify({
      ...good,
      inputs: { ...good.inputs, members: [{ code: "005", figures: { labourForce: 1 } }] },
    }),
  ],
  [
    "__proto__ pollution",
    '{"__proto__":{"polluted":true},"version":1,"step":0,"inputs":{"members":[],"scalars":{}}}',
  ],
  ["constructor pollution", '{"constructor":{"prototype":{"polluted":true}}}'],
  // Version 4 (scenarios): the current one must exist, and there must be at least one.
  ["no scenarios", JSON.stringify({ version: 4, step: 0, current: 0, scenarios: [] })],
  [
    "current scenario out of range",
    JSON.stringify({
      version: 4,
      step: 0,
      current: 1,
      scenarios: [{ name: "A", inputs: { members: [], scalars, asOf: "", yearSubsidies: {} } }],
    }),
  ],
  [
    "a huge member list",
    JSON.stringify({
      ...good,
      inputs: { ...good.inputs, members: Array(20000).fill({ code: 1 }) },
    }),
  ],
];

describe("loading a hostile saved wizard", () => {
  it("accepts a well-formed state, formula-like member codes as plain text", async () => {
    const { host, saved } = hostWith(JSON.stringify(good));
    const state = await loadWizard(host, "fi");
    expect(state?.scenarios[0].inputs.members[0].code).toBe('=HYPERLINK("http://x","y")');
    expect(saved.size).toBe(0);
  });

  it.each(HOSTILE)("%s: refused without throwing, the raw value kept aside", async (_, raw) => {
    const { host, saved } = hostWith(raw);
    await expect(loadWizard(host, "fi")).resolves.toBeUndefined();
    expect(saved.get(`${STATE_KEY}.unreadable`)).toBe(raw);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("never throws on random JSON or random text, and never loses what it cannot read", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ ...good, inputs: v }))
        ),
        async (raw) => {
          const { host, saved } = hostWith(raw);
          const state = await loadWizard(host, "fi");
          if (state === undefined) expect(saved.get(`${STATE_KEY}.unreadable`)).toBe(raw);
          else expect(Array.isArray(state.scenarios[0].inputs.members)).toBe(true);
        }
      ),
      { numRuns: 300, seed: 7 }
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
