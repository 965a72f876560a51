import type { WorkbookHost } from "../../src/host/WorkbookHost";
import { defaultInputs } from "../../src/taskpane/wizard/inputs";
import {
  loadWizard,
  migrate,
  MIGRATIONS,
  saveWizard,
  STATE_KEY,
  STATE_VERSION,
} from "../../src/taskpane/wizard/persistence";
import { kymppiInputs } from "./support/kymppiInputs";

/** What v4 adds to a workbook saved before: the joint authority's model (persistence.ts). */
const jointModel = { model: "joint", fixedPart: "50", shares: {} };

const hostWith = (raw: string) =>
  ({ loadState: async () => raw, saveState: async () => undefined }) as unknown as WorkbookHost;

describe("saved wizard state across versions", () => {
  const { members, scalars } = defaultInputs("fi");
  // The scalars as versions 1 and 2 saved them: without the planning years' budgets (v3).
  const { budgetPlan1, budgetPlan2, ...oldScalars } = scalars;
  const v1 = { version: 1, step: 3, inputs: { members, scalars: oldScalars } }; // as the version-1 wizard saved it

  it("migrates version 1 (no 'figures as of' date) instead of setting it aside", async () => {
    expect(migrate(v1, "fi")).toEqual({
      version: STATE_VERSION,
      step: 3,
      current: 0,
      scenarios: [
        {
          name: "Vaihtoehto A",
          inputs: { members, scalars, asOf: "", yearSubsidies: {}, costSharing: jointModel },
        },
      ],
    });
    const state = await loadWizard(hostWith(JSON.stringify(v1)), "fi");
    expect(state?.step).toBe(3);
    expect(state?.scenarios[0].inputs.asOf).toBe("");
  });

  it("migrates version 2 (no planning years' budgets, no subsidies per year): empty, i.e. the budget year's budget", async () => {
    expect([budgetPlan1, budgetPlan2]).toEqual(["", ""]); // the defaults the migration writes
    const typed = { ...oldScalars, budget: "6 500 000" };
    const v2 = { ...v1, version: 2, inputs: { ...v1.inputs, scalars: typed, asOf: "2023-06-30" } };
    expect(MIGRATIONS[2](v2, "fi")).toEqual({
      ...v2,
      version: 3,
      inputs: {
        ...v2.inputs,
        scalars: { ...typed, budgetPlan1: "", budgetPlan2: "" },
        yearSubsidies: {},
      },
    });
    const state = await loadWizard(hostWith(JSON.stringify(v2)), "fi");
    expect(state?.scenarios[0].inputs.scalars.budget).toBe("6 500 000");
    expect(state?.scenarios[0].inputs.scalars.budgetPlan2).toBe("");
  });

  it("opens a version-3 workbook (one set of inputs) as one current scenario, named as a new one would be in the pane's language", async () => {
    const inputs = kymppiInputs("fi");
    const v3 = { version: 3, step: 5, inputs };
    const names = { fi: "Vaihtoehto A", sv: "Alternativ A", en: "Scenario A" } as const;
    for (const language of ["fi", "sv", "en"] as const) {
      const state = await loadWizard(hostWith(JSON.stringify(v3)), language);
      expect(state).toEqual({
        version: STATE_VERSION,
        step: 5,
        current: 0,
        scenarios: [{ name: names[language], inputs: { ...inputs, costSharing: jointModel } }],
      });
    }
  });

  it("migrates version 3 (no cost-sharing model): opens with the joint authority's model", async () => {
    const inputs = {
      members,
      scalars,
      asOf: "2023-06-30",
      yearSubsidies: { "005": ["1", "", ""] },
    };
    const v3 = { ...v1, version: 3, inputs };
    expect(MIGRATIONS[3](v3, "fi")).toEqual({
      ...v3,
      version: 4,
      inputs: { ...inputs, costSharing: jointModel },
    });
    const state = await loadWizard(hostWith(JSON.stringify(v3)), "fi");
    expect(state?.scenarios[0].inputs.costSharing?.model).toBe("joint");
    expect(state?.scenarios[0].inputs.yearSubsidies).toEqual({ "005": ["1", "", ""] });
  });

  it("keeps a lead municipality's agreement through saving and loading", async () => {
    const costSharing = {
      model: "fixedUse",
      fixedPart: "50",
      shares: { "005": "60", "010": "40" },
    };
    const saved = {
      version: STATE_VERSION,
      step: 3,
      current: 0,
      scenarios: [{ name: "Vastuukunta", inputs: { ...defaultInputs("fi"), costSharing } }],
    };
    const state = await loadWizard(hostWith(JSON.stringify(saved)), "fi");
    expect(state?.scenarios[0].inputs.costSharing).toEqual(costSharing);
  });

  it("loads inputs saved without the model (absent: the joint authority's) and refuses an unknown model", async () => {
    const { costSharing, ...without } = defaultInputs("fi");
    expect(costSharing?.model).toBe("joint");
    const saved = (inputs: object) => ({
      version: STATE_VERSION,
      step: 3,
      current: 0,
      scenarios: [{ name: "A", inputs }],
    });
    const load = async (inputs: object) =>
      loadWizard(hostWith(JSON.stringify(saved(inputs))), "fi");
    expect((await load(without))?.scenarios[0].inputs.costSharing).toBeUndefined();
    expect(await load({ ...without, costSharing: { ...costSharing, model: "x" } })).toBeUndefined();
  });

  it("leaves the current version and unknown versions alone", () => {
    const inputs = { ...defaultInputs("fi"), asOf: "2023-06-30" };
    const v5 = { version: 5, step: 3, current: 0, scenarios: [{ name: "Kymppi", inputs }] };
    expect(migrate(v5, "fi")).toBe(v5);
    expect(migrate({ version: 0 }, "fi")).toEqual({ version: 0 });
    expect(STATE_KEY).toBe("tyoalue.wizard.v1"); // the key stays: the version lives in the value
  });

  it("saves every scenario, and reads back what it saved", async () => {
    const store = new Map<string, string>();
    const host = {
      loadState: async (k: string) => store.get(k) ?? null,
      saveState: async (k: string, v: string) => void store.set(k, v),
    } as unknown as WorkbookHost;
    const a = kymppiInputs("fi");
    const b = { ...a, members: a.members.slice(1) };
    const state = {
      step: 2,
      current: 1,
      scenarios: [
        { name: "Vaihtoehto A", inputs: a },
        { name: "Ilman Kauhavaa", inputs: b },
      ],
    };
    await saveWizard(host, state);
    expect(await loadWizard(host, "sv")).toEqual({ version: STATE_VERSION, ...state });
  });
});
