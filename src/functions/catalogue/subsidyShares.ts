import { subsidyShares } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** Spills like `workingAge`. */
export const entry = defineFunction({
  id: "SUBSIDYSHARES",
  parameters: [p.workingAge, p.unemployed, p.workingAgeWeight],
  result: { shape: "spill", size: { like: "workingAge" }, unit: "fraction", rounding: "none" },
  compute: (a, u, w) => mapOk(subsidyShares(a.values, u.values, w), (v) => spill(v, a.orientation)),
});

export const text: FunctionText = {
  name: { fi: "VOSOSUUDET", sv: "STATSANDELAR" },
  description: {
    en: "Each municipality's share of the employment-services state subsidy: weight × working-age share + (1 − weight) × unemployed share. Example: =TYOALUE.SUBSIDYSHARES(B2:B11,C2:C11)",
    fi: "Kunkin kunnan osuus työllisyyspalvelujen valtionosuudesta: paino × työikäisten osuus + (1 − paino) × työttömien osuus. Esim. =TYOALUE.VOSOSUUDET(B2:B11;C2:C11)",
    sv: "Varje kommuns andel av statsandelen för sysselsättningstjänster: vikt × andel i arbetsför ålder + (1 − vikt) × andel arbetslösa. T.ex. =TYOALUE.STATSANDELAR(B2:B11;C2:C11)",
  },
  parameters: {
    workingAge: t.workingAge,
    unemployed: t.unemployed,
    workingAgeWeight: t.workingAgeWeight,
  },
};
