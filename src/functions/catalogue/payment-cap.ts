import { paymentCap, DEFAULT_CAP_RATIO } from "../../core";
import { defineFunction, type FunctionText } from "./entry";

export const entry = defineFunction({
  id: "PAYMENTCAP",
  parameters: [
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
  compute: (s, r) => paymentCap(s.values, r),
});

export const text: FunctionText = {
  name: { fi: "MAKSUKATTO", sv: "AVGIFTSTAK" },
  description: {
    en: "The largest budget a joint authority may take into account: capRatio × the members' subsidies, rounded down to a whole cent, i.e. the largest whole-cent budget within the cap (€). Example: =TYOALUE.PAYMENTCAP(B2:B11)",
    fi: "Suurin talousarvio, jonka kuntayhtymä voi ottaa huomioon: kattosuhde × jäsenten valtionosuudet pyöristettynä alaspäin senttiin eli suurin kattoon mahtuva talousarvio kokonaisina sentteinä (€). Esim. =TYOALUE.MAKSUKATTO(B2:B11)",
    sv: "Den största budget samkommunen får beakta: takandel × medlemmarnas statsandelar, avrundat nedåt till hel cent, dvs. den största budgeten i hela cent inom taket (€). T.ex. =TYOALUE.AVGIFTSTAK(B2:B11)",
  },
  parameters: {
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
