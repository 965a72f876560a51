import { subsidyAllocation } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** Spills like `workingAge`. */
export const entry = defineFunction({
  id: "SUBSIDYALLOCATION",
  parameters: [
    { id: "amount", kind: "money", name: { fi: "määrä", sv: "belopp" } },
    p.workingAge,
    p.unemployed,
    p.workingAgeWeight,
  ],
  result: {
    shape: "spill",
    size: { like: "workingAge" },
    unit: "euros",
    rounding: "largest-remainder",
  },
  compute: (m, a, u, w) =>
    mapOk(subsidyAllocation(m, a.values, u.values, w), (v) => spill(v, a.orientation)),
});

export const text: FunctionText = {
  name: { fi: "VOSJAKO", sv: "STATSANDELSFORDELNING" },
  description: {
    en: "Splits a subsidy amount (€) between municipalities by the subsidy shares, in cents that add up exactly. Example: =TYOALUE.SUBSIDYALLOCATION(10000000,B2:B11,C2:C11)",
    fi: "Jakaa valtionosuuden (€) kunnille valtionosuusosuuksien mukaan senteissä niin, että summa täsmää. Esim. =TYOALUE.VOSJAKO(10000000;B2:B11;C2:C11)",
    sv: "Fördelar ett statsandelsbelopp (€) mellan kommunerna enligt statsandelsandelarna, i cent som går jämnt ut. T.ex. =TYOALUE.STATSANDELSFORDELNING(10000000;B2:B11;C2:C11)",
  },
  parameters: {
    amount: {
      en: "Amount to split (€, whole cents).",
      fi: "Jaettava summa (€, kokonaisia senttejä).",
      sv: "Belopp att fördela (€, hela cent).",
    },
    workingAge: t.workingAge,
    unemployed: t.unemployed,
    workingAgeWeight: t.workingAgeWeight,
  },
};
