/**
 * Two scenarios of real municipalities for the comparison sheet's tests: A is the Kymppi
 * area (its ten members, constructed figures of test/fixtures/wizard/kymppi.ts); B is Kymppi
 * without Soini (code 759) and with a budget of 6 400 000 € instead of 6 500 000 €.
 */
import { engineEvaluate } from "../../../src/host/engineEvaluate";
import { createMemoryHost } from "../../../src/host/memoryHost";
import type { ScenarioPlan } from "../../../src/taskpane/sheet/compareSheet";
import { kymppiPlan, registryPlan } from "../../host/support/plans";

export function twoScenarios(): ScenarioPlan[] {
  const a = kymppiPlan();
  const b = { ...a, members: a.members.filter((m) => m.code !== "759"), budget: 6400000 };
  return [
    { name: "Kymppi", plan: a },
    { name: "Ilman Soinia", plan: b },
  ];
}

export const memoryHost = (language: "fi" | "sv" | "en" = "fi") =>
  createMemoryHost(
    engineEvaluate(() => language),
    { getItem: () => null, setItem: () => undefined }
  );

/** Five scenarios of 30 registry municipalities each, windows 5 apart (synthetic figures). */
export function fiveScenarios(): ScenarioPlan[] {
  const all = registryPlan(50);
  return [0, 1, 2, 3, 4].map((k) => ({
    name: `Vaihtoehto ${k + 1}`,
    plan: { ...all, members: all.members.slice(5 * k, 5 * k + 30), budget: all.budget - k },
  }));
}
