import { defaultInputs } from "../../../src/taskpane/wizard/inputs";
import {
  copyCurrent,
  currentOf,
  defaultName,
  nameProblem,
  remove,
  rename,
  select,
  singleScenario,
  updateCurrent,
} from "../../../src/taskpane/wizard/scenarios/scenarioList";
import { kymppiInputs } from "../support/kymppiInputs";

describe("the scenario list", () => {
  it("names scenarios in the user's language, the next free letter each time", () => {
    expect(defaultName([], "fi")).toBe("Vaihtoehto A");
    expect(defaultName([], "sv")).toBe("Alternativ A");
    expect(defaultName([], "en")).toBe("Scenario A");
    expect(defaultName(["Vaihtoehto A", "Oma"], "fi")).toBe("Vaihtoehto B");
    // A freed letter is taken again; names compare without case or surrounding spaces.
    expect(defaultName(["vaihtoehto a ", "Vaihtoehto C"], "fi")).toBe("Vaihtoehto B");
    const az = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((l) => `Scenario ${l}`);
    expect(defaultName(az, "en")).toBe("Scenario 27");
  });

  it("copies the current scenario after it, under a new name, and makes the copy current", () => {
    const a = singleScenario(kymppiInputs("fi"), "fi");
    const b = copyCurrent(a, "fi");
    expect(b.scenarios.map((s) => s.name)).toEqual(["Vaihtoehto A", "Vaihtoehto B"]);
    expect(currentOf(b).name).toBe("Vaihtoehto B");
    expect(currentOf(b).inputs).toEqual(kymppiInputs("fi"));
    // Copying A again puts the copy right after A.
    const c = copyCurrent(select(b, a.current), "fi");
    expect(c.scenarios.map((s) => s.name)).toEqual([
      "Vaihtoehto A",
      "Vaihtoehto C",
      "Vaihtoehto B",
    ]);
  });

  it("changes only the current scenario's inputs", () => {
    const b = copyCurrent(singleScenario(kymppiInputs("fi"), "fi"), "fi");
    const edited = updateCurrent(b, (i) => ({
      ...i,
      scalars: { ...i.scalars, budget: "6 900 000" },
    }));
    expect(edited.scenarios.map((s) => s.inputs.scalars.budget)).toEqual([
      "6 500 000",
      "6 900 000",
    ]);
  });

  it("renames with a non-empty name no other scenario has", () => {
    const b = copyCurrent(singleScenario(defaultInputs("fi"), "fi"), "fi");
    expect(nameProblem(b, b.current, "  ")).toBe("empty");
    expect(nameProblem(b, b.current, "vaihtoehto a")).toBe("taken");
    expect(nameProblem(b, b.current, "Vaihtoehto B")).toBeUndefined(); // its own name
    const renamed = rename(b, b.current, "  Ilman Kauhavaa ");
    expect(renamed.scenarios.map((s) => s.name)).toEqual(["Vaihtoehto A", "Ilman Kauhavaa"]);
  });

  it("deletes any scenario but the last; the current one's neighbour becomes current", () => {
    const one = singleScenario(defaultInputs("fi"), "fi");
    expect(remove(one, one.current)).toBe(one);
    const three = copyCurrent(copyCurrent(one, "fi"), "fi"); // A, B, C; C current
    const [a, b, c] = three.scenarios;
    expect(currentOf(remove(three, c.id)).name).toBe("Vaihtoehto B"); // the last: the one before
    const middle = select(three, b.id);
    expect(currentOf(remove(middle, b.id)).name).toBe("Vaihtoehto C"); // else the next one
    expect(remove(middle, a.id).current).toBe(b.id); // another one: the current one stays
    expect(remove(three, "nope")).toBe(three);
  });
});
