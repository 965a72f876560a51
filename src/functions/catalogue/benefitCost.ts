import { benefitCost, DAILY_AMOUNT_2025 } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

export const entry = defineFunction({
  id: "BENEFITCOST",
  parameters: [
    { id: "daysBefore", kind: "whole", name: { fi: "aiemmat_päivät", sv: "tidigare_dagar" } },
    { id: "days", kind: "whole", name: { fi: "päivät", sv: "dagar" } },
    {
      id: "dailyAmount",
      kind: "euros",
      optional: true,
      defaultValue: DAILY_AMOUNT_2025,
      name: { fi: "päivärahan_määrä", sv: "dagbelopp" },
    },
    p.model,
    p.bands,
  ],
  result: { shape: "scalar", type: "number", unit: "euros", rounding: "cents" },
  compute: benefitCost,
});

export const text: FunctionText = {
  name: { fi: "ETUUSKUSTANNUS", sv: "FORMANSKOSTNAD" },
  description: {
    en: "What the municipality pays for benefit days daysBefore+1 … daysBefore+days (€, cents). Example: =TYOALUE.BENEFITCOST(100,20) gives 74.42.",
    fi: "Kunnan maksama osuus etuuspäivistä aiemmat+1 … aiemmat+päivät (€, sentit). Esim. =TYOALUE.ETUUSKUSTANNUS(100;20) antaa 74,42.",
    sv: "Vad kommunen betalar för förmånsdagarna tidigare+1 … tidigare+dagar (€, cent). T.ex. =TYOALUE.FORMANSKOSTNAD(100;20) ger 74,42.",
  },
  parameters: {
    daysBefore: {
      en: "Benefit days already accumulated (whole number).",
      fi: "Jo kertyneet etuuspäivät (kokonaisluku).",
      sv: "Redan ackumulerade förmånsdagar (heltal).",
    },
    days: {
      en: "Benefit days to cost (whole number).",
      fi: "Laskettavat etuuspäivät (kokonaisluku).",
      sv: "Förmånsdagar att beräkna (heltal).",
    },
    dailyAmount: {
      en: "Basic daily amount (€/day).",
      fi: "Perusosan määrä (€/päivä).",
      sv: "Grunddagpenningens belopp (€/dag).",
      defaultNote: { en: "(2025)", fi: "(2025)", sv: "(2025)" },
    },
    model: t.model,
    bands: t.bands,
  },
};
