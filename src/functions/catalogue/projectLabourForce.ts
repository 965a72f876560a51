import { projectLabourForce, wholeNumber, MAX_HORIZON } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";
import { column } from "./spillSize";

const YEARS = wholeNumber(MAX_HORIZON);

/** Always a column, year 0 first (the catalogue fixes the orientation). */
export const entry = defineFunction({
  id: "PROJECTLABOURFORCE",
  parameters: [
    p.labourForce,
    p.annualChange,
    { id: "years", kind: "whole", name: { fi: "vuodet", sv: "år" } },
  ],
  result: {
    shape: "spill",
    size: {
      by: "value",
      of: "years",
      size: (years: number) => (YEARS.test(years) ? column(years + 1) : undefined),
    },
    unit: "people",
    rounding: "none",
  },
  compute: (lf, change, years) =>
    mapOk(projectLabourForce(lf.values, change, years), (v) => spill(v, "column")),
});

export const text: FunctionText = {
  name: { fi: "TYOVOIMAENNUSTE", sv: "ARBETSKRAFTSPROGNOS" },
  description: {
    en: "Labour force year by year under a constant yearly change: a column of years+1 values, year 0 first, unrounded. Example: =TYOALUE.PROJECTLABOURFORCE(28616,-0.014,10)",
    fi: "Työvoima vuosittain tasaisella vuosimuutoksella: sarake, jossa vuodet+1 arvoa, vuosi 0 ensin, pyöristämättä. Esim. =TYOALUE.TYOVOIMAENNUSTE(28616;-0,014;10)",
    sv: "Arbetskraften år för år vid en jämn årlig förändring: en kolumn med år+1 värden, år 0 först, oavrundade. T.ex. =TYOALUE.ARBETSKRAFTSPROGNOS(28616;-0,014;10)",
  },
  parameters: {
    labourForce: t.labourForceToday,
    annualChange: t.annualChange,
    years: {
      en: "Number of years to project (whole number).",
      fi: "Ennustettavien vuosien määrä (kokonaisluku).",
      sv: "Antal år att prognostisera (heltal).",
    },
  },
};
