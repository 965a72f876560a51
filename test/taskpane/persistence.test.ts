import type { WorkbookHost } from "../../src/host/WorkbookHost";
import { defaultInputs } from "../../src/taskpane/wizard/inputs";
import {
  loadWizard,
  migrate,
  STATE_KEY,
  STATE_VERSION,
} from "../../src/taskpane/wizard/persistence";

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
    expect(migrate(v1)).toEqual({
      version: STATE_VERSION,
      step: 3,
      inputs: { members, scalars, asOf: "", yearSubsidies: {}, costSharing: jointModel },
    });
    const state = await loadWizard(hostWith(JSON.stringify(v1)));
    expect(state?.step).toBe(3);
    expect(state?.inputs.asOf).toBe("");
  });

  it("migrates version 2 (no planning years' budgets, no subsidies per year): empty, i.e. the budget year's budget", async () => {
    expect([budgetPlan1, budgetPlan2]).toEqual(["", ""]); // the defaults the migration writes
    const typed = { ...oldScalars, budget: "6 500 000" };
    const v2 = { ...v1, version: 2, inputs: { ...v1.inputs, scalars: typed, asOf: "2023-06-30" } };
    expect(migrate(v2)).toEqual({
      ...v2,
      version: 4,
      inputs: {
        ...v2.inputs,
        scalars: { ...typed, budgetPlan1: "", budgetPlan2: "" },
        yearSubsidies: {},
        costSharing: jointModel,
      },
    });
    const state = await loadWizard(hostWith(JSON.stringify(v2)));
    expect(state?.inputs.scalars.budget).toBe("6 500 000");
    expect(state?.inputs.scalars.budgetPlan2).toBe("");
  });

  it("migrates version 3 (no cost-sharing model): opens with the joint authority's model", async () => {
    const inputs = {
      members,
      scalars,
      asOf: "2023-06-30",
      yearSubsidies: { "005": ["1", "", ""] },
    };
    const v3 = { ...v1, version: 3, inputs };
    expect(migrate(v3)).toEqual({
      ...v3,
      version: 4,
      inputs: { ...inputs, costSharing: jointModel },
    });
    const state = await loadWizard(hostWith(JSON.stringify(v3)));
    expect(state?.inputs.costSharing?.model).toBe("joint");
    expect(state?.inputs.yearSubsidies).toEqual({ "005": ["1", "", ""] });
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
      inputs: { ...defaultInputs("fi"), costSharing },
    };
    const state = await loadWizard(hostWith(JSON.stringify(saved)));
    expect(state?.inputs.costSharing).toEqual(costSharing);
  });

  it("loads inputs saved without the model (absent: the joint authority's) and refuses an unknown model", async () => {
    const { costSharing, ...without } = defaultInputs("fi");
    expect(costSharing?.model).toBe("joint");
    const saved = { version: STATE_VERSION, step: 3, inputs: without };
    expect((await loadWizard(hostWith(JSON.stringify(saved))))?.inputs.costSharing).toBeUndefined();
    const odd = { ...saved, inputs: { ...without, costSharing: { ...costSharing, model: "x" } } };
    expect(await loadWizard(hostWith(JSON.stringify(odd)))).toBeUndefined();
  });

  it("leaves the current version and unknown versions alone", () => {
    const inputs = { ...defaultInputs("fi"), asOf: "2023-06-30" };
    const v4 = { ...v1, version: 4, inputs };
    expect(migrate(v4)).toBe(v4);
    expect(migrate({ version: 0 })).toEqual({ version: 0 });
    expect(STATE_KEY).toBe("tyoalue.wizard.v1"); // the key stays: the version lives in the value
  });
});
