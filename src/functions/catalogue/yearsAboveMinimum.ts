import { yearsAboveMinimum, DEFAULT_HORIZON } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

export const entry = defineFunction({
  id: "YEARSABOVEMINIMUM",
  parameters: [
    p.labourForce,
    p.annualChange,
    p.minimum,
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
    labourForce: t.labourForceToday,
    annualChange: t.annualChange,
    minimum: t.minimum,
    horizon: {
      en: "Most years to look ahead.",
      fi: "Enintään näin monta vuotta eteenpäin.",
      sv: "Högst så många år framåt.",
    },
  },
};
