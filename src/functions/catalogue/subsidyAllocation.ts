import { subsidyAllocation, DEFAULT_WORKING_AGE_WEIGHT } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";

/** Spills like `workingAge`. */
export const entry = defineFunction({
  id: "SUBSIDYALLOCATION",
  parameters: [
    { id: "amount", kind: "money", name: { fi: "määrä", sv: "belopp" } },
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
