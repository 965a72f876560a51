import { subsidyShares, DEFAULT_WORKING_AGE_WEIGHT } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";

/** Spills like `workingAge`. */
export const entry = defineFunction({
  id: "SUBSIDYSHARES",
  parameters: [
    { id: "workingAge", kind: "counts", name: { fi: "työikäiset", sv: "arbetsför_ålder" } },
    {
      id: "unemployed",
      kind: "counts",
      pairedWith: "workingAge",
      name: { fi: "työttömät", sv: "arbetslösa" },
    },
    {
      id: "workingAgeWeight",
      kind: "ratio",
      optional: true,
      defaultValue: DEFAULT_WORKING_AGE_WEIGHT,
      name: { fi: "työikäisten_paino", sv: "vikt_arbetsför_ålder" },
    },
  ],
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
    workingAge: {
      en: "Population aged 18–64 in each municipality (people).",
      fi: "18–64-vuotiaat kussakin kunnassa (henkeä).",
      sv: "Personer i åldern 18–64 i varje kommun.",
    },
    unemployed: {
      en: "Broadly unemployed in each municipality (people), same length.",
      fi: "Laajasti työttömät kussakin kunnassa (henkeä), sama pituus.",
      sv: "Arbetslösa i vid bemärkelse i varje kommun (personer), samma längd.",
    },
    workingAgeWeight: {
      en: "Weight of the working-age criterion as a fraction.",
      fi: "Työikäisten kriteerin paino murtolukuna.",
      sv: "Vikten för kriteriet arbetsför ålder som bråktal.",
    },
  },
};
