/** The Kymppi fixture typed into the wizard the way a Finnish planner would ("6 300", "-1,4"). */
import type { Language } from "../../../src/taskpane/i18n";
import { defaultInputs, type WizardInputs } from "../../../src/taskpane/wizard/inputs";
import { KYMPPI_MEMBERS, KYMPPI_PARAMS } from "../../fixtures/wizard/kymppi";

const typed = (n: number) => n.toLocaleString("fi-FI").replace(/\u00a0/g, " ");

export function kymppiInputs(language: Language = "fi"): WizardInputs {
  const p = KYMPPI_PARAMS;
  return {
    members: KYMPPI_MEMBERS.map((m) => ({
      code: m.code,
      figures: {
        labourForce: typed(m.labourForce),
        workingAge: typed(m.workingAge),
        unemployed: typed(m.unemployed),
        clientsMulti: String(m.clients[0]),
        clientsSkills: String(m.clients[1]),
        clientsCoach: String(m.clients[2]),
      },
    })),
    scalars: {
      ...defaultInputs(language).scalars,
      amount: typed(p.amount),
      budget: typed(p.budget),
      transferFte: String(p.transferFte),
    },
    asOf: "2023-06-30", // the plan's labour force 28 616 is of June 2023 (domain.md)
    yearSubsidies: {},
  };
}
