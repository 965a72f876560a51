/**
 * The Kymppi fixture as a lead-municipality area (constructed, like the fixture): agreed
 * shares roughly by labour force, typed the way a Finnish planner would ("5,5").
 * Kauhava 22, Lapua 21, Alavus 16, Alajärvi 14, Ähtäri 8, Kuortane 5,5, Vimpeli 4,5,
 * Lappajärvi 4, Evijärvi 3, Soini 2: 100 % in all.
 */
import type { CostModel } from "../../../src/taskpane/wizard/costSharing";
import type { WizardInputs } from "../../../src/taskpane/wizard/inputs";
import { KYMPPI_MEMBERS } from "../../fixtures/wizard/kymppi";
import { kymppiInputs } from "./kymppiInputs";

export const AGREED = ["22", "21", "16", "14", "8", "5,5", "4,5", "4", "3", "2"];

export function leadInputs(model: CostModel, fixedPart = "50"): WizardInputs {
  const base = kymppiInputs();
  const shares = Object.fromEntries(KYMPPI_MEMBERS.map((m, i) => [m.code, AGREED[i]]));
  return {
    ...base,
    // 6 500 000 € is the fixture's budget; the planning years as in planYears.test.ts.
    scalars: { ...base.scalars, budgetPlan1: "6 700 000", budgetPlan2: "6 796 300" },
    costSharing: { model, fixedPart, shares },
  };
}
