import { memberPayments, memberPaymentsByYear } from "../../core";
import { yearLine, yearRows } from "../parseYears";
import { mapOk, withArgs } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** Spills like `memberSubsidies`; with a row of k budgets, n×k (each year within its own cap). */
export const entry = defineFunction({
  id: "MEMBERPAYMENTS",
  parameters: [p.budget, p.memberSubsidies, p.capRatio],
  result: {
    shape: "spill",
    size: { like: "memberSubsidies" },
    unit: "euros",
    rounding: "largest-remainder",
  },
  compute: (b, s, r) =>
    Array.isArray(b)
      ? withArgs([yearRows(s)], (rows) => memberPaymentsByYear(b, rows, r))
      : withArgs([yearLine(s)], (l) =>
          mapOk(memberPayments(b, l.values, r), (v) => spill(v, l.orientation))
        ),
});

export const text: FunctionText = {
  name: { fi: "JASENOSUUDET", sv: "MEDLEMSANDELAR" },
  description: {
    en: "Each member's payment to the joint authority, pro rata to its subsidy, in cents adding up to the budget; a row of yearly budgets gives each year's payments within its own cap. Example: =TYOALUE.MEMBERPAYMENTS(9000000,B2:B11)",
    fi: "Kunkin jäsenkunnan maksuosuus kuntayhtymälle valtionosuuden suhteessa, senteissä, summa täsmää talousarvioon; vuosien talousarviorivi antaa kunkin vuoden maksut sen oman katon rajoissa. Esim. =TYOALUE.JASENOSUUDET(9000000;B2:B11)",
    sv: "Varje medlems betalning till samkommunen i proportion till dess statsandel, i cent som summerar till budgeten; en rad årsbudgetar ger varje års betalningar inom årets tak. T.ex. =TYOALUE.MEDLEMSANDELAR(9000000;B2:B11)",
  },
  parameters: {
    budget: {
      en: "The authority's budget (€, whole cents), or a row of one budget per planning year; refused when above the cap.",
      fi: "Kuntayhtymän talousarvio (€, kokonaisia senttejä) tai rivi, jossa yksi talousarvio kullekin suunnitteluvuodelle; hylätään, jos se ylittää katon.",
      sv: "Samkommunens budget (€, hela cent) eller en rad med en budget per planeringsår; avvisas om den överskrider taket.",
    },
    memberSubsidies: t.memberSubsidies,
    capRatio: t.capRatio,
  },
};
