import { meetsMinimum } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

export const entry = defineFunction({
  id: "MEETSMINIMUM",
  parameters: [p.labourForce, p.minimum],
  result: { shape: "scalar", type: "boolean", unit: "truth", rounding: "none" },
  compute: (lf, minimum) => meetsMinimum(lf.values, minimum),
});

export const text: FunctionText = {
  name: { fi: "TAYTTAAVAATIMUKSEN", sv: "UPPFYLLERKRAVET" },
  description: {
    en: "TRUE when the area's labour force is at least the minimum (20 000, act 380/2023). Example: =TYOALUE.MEETSMINIMUM(B2:B11)",
    fi: "TOSI, kun alueen työvoima on vähintään vähimmäismäärä (20 000, laki 380/2023). Esim. =TYOALUE.TAYTTAAVAATIMUKSEN(B2:B11)",
    sv: "SANT när områdets arbetskraft är minst minimikravet (20 000, lag 380/2023). T.ex. =TYOALUE.UPPFYLLERKRAVET(B2:B11)",
  },
  parameters: {
    labourForce: t.labourForceOfMembers,
    minimum: t.minimum,
  },
};
