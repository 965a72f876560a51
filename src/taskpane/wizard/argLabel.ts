/** How a core error names its argument in the wizard: by the label of the field it came from. */
import { STRINGS, type Language } from "../i18n";
import { scalarLabel } from "./labels";

/** Core argument ids → the wizard field whose label names them in messages. */
const LABEL_OF: Readonly<Record<string, Parameters<typeof scalarLabel>[0]>> = {
  minimum: "minimum",
  annualChange: "annualChange",
  amount: "amount",
  workingAgeWeight: "workingAgeWeight",
  capRatio: "capRatio",
  budget: "budget",
  caseloadTarget: "targetMulti",
  totalFte: "transferFte",
};

/** The label of a core argument id in `language`, or the id itself when no field has it. */
export function argLabel(arg: string, language: Language): string {
  if (arg in LABEL_OF) return scalarLabel(LABEL_OF[arg], language);
  // ALLOCATE's criteria by a lead municipality's agreement: the shares, then the clients.
  return arg === "criteria" ? STRINGS[language].colClients : arg;
}
