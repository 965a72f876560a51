import { yearsAboveMinimum, MINIMUM_LABOUR_FORCE, DEFAULT_HORIZON } from "../../core";
import { defineFunction, type FunctionText } from "./entry";

export const entry = defineFunction({
  id: "YEARSABOVEMINIMUM",
  parameters: [
    { id: "labourForce", kind: "counts", name: { fi: "työvoima", sv: "arbetskraft" } },
    { id: "annualChange", kind: "change", name: { fi: "vuosimuutos", sv: "årlig_förändring" } },
    {
      id: "minimum",
      kind: "count",
      optional: true,
      defaultValue: MINIMUM_LABOUR_FORCE,
      name: { fi: "vähimmäismäärä", sv: "minimum" },
    },
    {
      id: "horizon",
      kind: "whole",
      optional: true,
      defaultValue: DEFAULT_HORIZON,
      name: { fi: "tarkasteluvuodet", sv: "horisont" },
    },
  ],
  result: { shape: "scalar", type: "number", unit: "years", rounding: "whole-down" },
  compute: (lf, change, minimum, horizon) => yearsAboveMinimum(lf.values, change, minimum, horizon),
});

export const text: FunctionText = {
  name: { fi: "VUOSIAVAATIMUKSESSA", sv: "ARIKRAVET" },
  description: {
    en: "Whole years the labour force stays at or above the minimum under a constant yearly change. Example: =TYOALUE.YEARSABOVEMINIMUM(28616,-0.014)",
    fi: "Kuinka monta kokonaista vuotta työvoima pysyy vähintään vähimmäismäärässä tasaisella vuosimuutoksella. Esim. =TYOALUE.VUOSIAVAATIMUKSESSA(28616;-0,014)",
    sv: "Antal hela år som arbetskraften håller sig på minst minimikravet vid en jämn årlig förändring. T.ex. =TYOALUE.ARIKRAVET(28616;-0,014)",
  },
  parameters: {
    labourForce: {
      en: "Labour force today (people): one number or the members' figures.",
      fi: "Työvoima nyt (henkeä): yksi luku tai jäsenkuntien luvut.",
      sv: "Arbetskraften i dag (personer): ett tal eller medlemmarnas tal.",
    },
    annualChange: {
      en: "Yearly change as a fraction: -0.014 for a 1.4 % decline.",
      fi: "Muutos vuodessa murtolukuna: -0,014 tarkoittaa 1,4 %:n laskua.",
      sv: "Förändring per år som bråktal: -0,014 betyder en minskning på 1,4 %.",
    },
    minimum: {
      en: "Required labour force (people).",
      fi: "Vaadittu työvoima (henkeä).",
      sv: "Krävd arbetskraft (personer).",
    },
    horizon: {
      en: "Most years to look ahead.",
      fi: "Enintään näin monta vuotta eteenpäin.",
      sv: "Högst så många år framåt.",
    },
  },
};
