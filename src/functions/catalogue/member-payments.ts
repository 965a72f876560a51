import { memberPayments, DEFAULT_CAP_RATIO } from "../../core";
import { mapOk } from "../with-args";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";

/** Spills like `memberSubsidies`. */
export const entry = defineFunction({
  id: "MEMBERPAYMENTS",
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
  result: { shape: "spill", unit: "euros", rounding: "largest-remainder" },
  compute: (b, s, r) => mapOk(memberPayments(b, s.values, r), (v) => spill(v, s.orientation)),
});

export const text: FunctionText = {
  name: { fi: "JASENOSUUDET", sv: "MEDLEMSANDELAR" },
  description: {
    en: "Each member's payment to the joint authority, pro rata to its subsidy, in cents adding up to the budget. Example: =TYOALUE.MEMBERPAYMENTS(9000000,B2:B11)",
    fi: "Kunkin jäsenkunnan maksuosuus kuntayhtymälle valtionosuuden suhteessa, senteissä, summa täsmää talousarvioon. Esim. =TYOALUE.JASENOSUUDET(9000000;B2:B11)",
    sv: "Varje medlems betalning till samkommunen i proportion till dess statsandel, i cent som summerar till budgeten. T.ex. =TYOALUE.MEDLEMSANDELAR(9000000;B2:B11)",
  },
  parameters: {
    budget: {
      en: "The authority's budget (€, whole cents); refused when above the cap.",
      fi: "Kuntayhtymän talousarvio (€, kokonaisia senttejä); hylätään, jos se ylittää katon.",
      sv: "Samkommunens budget (€, hela cent); avvisas om den överskrider taket.",
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
