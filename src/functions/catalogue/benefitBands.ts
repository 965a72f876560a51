import { benefitBands } from "../../core";
import { mapOk } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** The open end of the last band is an empty text: Excel would show a null in an array as 0. */
export const entry = defineFunction({
  id: "BENEFITBANDS",
  parameters: [p.model],
  result: {
    shape: "spill",
    size: {
      by: "value",
      of: "model",
      size: (m) => mapOk(benefitBands(m), (r) => ({ width: 3, height: r.length })).value,
    },
    unit: "table",
    rounding: "none",
  },
  compute: (m) => mapOk(benefitBands(m), (rows) => rows.map((r) => r.map((v) => v ?? ""))),
});

export const text: FunctionText = {
  name: { fi: "ETUUSPORTAAT", sv: "FORMANSTRAPPOR" },
  description: {
    en: "The benefit band table: from day, to day (blank = open), municipal share. Example: =TYOALUE.BENEFITBANDS(2025)",
    fi: "Etuuksien porrastaulukko: alkupäivä, loppupäivä (tyhjä = avoin) ja kunnan osuus. Esim. =TYOALUE.ETUUSPORTAAT(2025)",
    sv: "Förmånernas trapptabell: från dag, till dag (tom = öppen) och kommunens andel. T.ex. =TYOALUE.FORMANSTRAPPOR(2025)",
  },
  parameters: {
    model: t.model,
  },
};
