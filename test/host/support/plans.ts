/** PlanInputs for tests: the Kymppi fixture, or every municipality of the registry. */
import { readFileSync } from "fs";
import { join } from "path";
import type { PlanInputs } from "../../../src/taskpane/sheet/PlanInputs";
import { KYMPPI_MEMBERS, KYMPPI_PARAMS } from "../../fixtures/wizard/kymppi";

/** The Kymppi plan (constructed figures, see the fixture). */
export function kymppiPlan(): PlanInputs {
  return { ...KYMPPI_PARAMS, targets: [...KYMPPI_PARAMS.targets], members: KYMPPI_MEMBERS };
}

/**
 * A plan with the first `count` municipalities of the registry (308 = all of 2025) and
 * synthetic figures (1 000 + row number, etc.): only the shape matters where it is used.
 */
export function registryPlan(count: number): PlanInputs {
  const csv = readFileSync(join(__dirname, "../../../assets/data/kunnat_2025.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  const members = csv.slice(0, count).map((line, i) => {
    const [code, name] = line.split(",");
    return {
      code,
      name,
      labourForce: 1000 + i,
      workingAge: 1500 + i,
      unemployed: 100 + i,
      clients: [10, 20, 5] as const,
    };
  });
  return { ...kymppiPlan(), members };
}
