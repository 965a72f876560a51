import { capHeadroom, DEFAULT_CAP_RATIO } from "../../core";
import { defineFunction, type FunctionText } from "./entry";

export const entry = defineFunction({
  id: "CAPHEADROOM",
  parameters: [
    { id: "budget", kind: "money", name: { fi: "talousarvio", sv: "budget" } },
    {
      id: "memberSubsidies",
      kind: "moneys",
      name: { fi: "jäsenten_valtionosuudet", sv: "medlemmarnas_statsandelar" },
    },
    {
      id: "capRatio",
      kind: "ratio",
      optional: true,
      defaultValue: DEFAULT_CAP_RATIO,
      name: { fi: "kattosuhde", sv: "takandel" },
    },
  ],
  result: { shape: "scalar", type: "number", unit: "euros", rounding: "cents-down" },
  compute: (b, s, r) => capHeadroom(b, s.values, r),
});

export const text: FunctionText = {
  name: { fi: "KATTOVARA", sv: "MARGINAL" },
  description: {
    en: "Room left under the payment cap: cap − budget (€); negative when the budget is over. Example: =TYOALUE.CAPHEADROOM(9000000,B2:B11)",
    fi: "Maksukaton alle jäävä vara: katto − talousarvio (€); negatiivinen, kun talousarvio ylittää katon. Esim. =TYOALUE.KATTOVARA(9000000;B2:B11)",
    sv: "Utrymmet under avgiftstaket: tak − budget (€); negativt när budgeten överskrider taket. T.ex. =TYOALUE.MARGINAL(9000000;B2:B11)",
  },
  parameters: {
    budget: {
      en: "The authority's budget (€).",
      fi: "Kuntayhtymän talousarvio (€).",
      sv: "Samkommunens budget (€).",
    },
    memberSubsidies: {
      en: "Each member's employment-services state subsidy (€).",
      fi: "Kunkin jäsenkunnan työllisyyspalvelujen valtionosuus (€).",
      sv: "Varje medlemskommuns statsandel för sysselsättningstjänster (€).",
    },
    capRatio: {
      en: "Share of the subsidies the budget may use, as a fraction.",
      fi: "Kuinka suuren osan valtionosuuksista talousarvio voi käyttää, murtolukuna.",
      sv: "Hur stor del av statsandelarna budgeten får använda, som bråktal.",
    },
  },
};
