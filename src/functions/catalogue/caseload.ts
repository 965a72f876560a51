import { caseload } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

export const entry = defineFunction({
  id: "CASELOAD",
  parameters: [
    { ...p.clients, kind: "count" }, // one figure here, not a list
    { id: "fte", kind: "positive", name: { fi: "htv", sv: "årsverken" } },
  ],
  result: { shape: "scalar", type: "number", unit: "ratio", rounding: "none" },
  compute: caseload,
});

export const text: FunctionText = {
  name: { fi: "ASIAKASMAARA", sv: "KLIENTANTAL" },
  description: {
    en: "Clients per FTE. Example: =TYOALUE.CASELOAD(3762,30) gives 125.4.",
    fi: "Asiakkaita henkilötyövuotta kohden. Esim. =TYOALUE.ASIAKASMAARA(3762;30) antaa 125,4.",
    sv: "Klienter per årsverke. T.ex. =TYOALUE.KLIENTANTAL(3762;30) ger 125,4.",
  },
  parameters: {
    clients: {
      en: "Clients (whole number).",
      fi: "Asiakkaat (kokonaisluku).",
      sv: "Klienter (heltal).",
    },
    fte: {
      en: "Staff in FTE (greater than 0).",
      fi: "Henkilöstö henkilötyövuosina (suurempi kuin 0).",
      sv: "Personal i årsverken (större än 0).",
    },
  },
};
