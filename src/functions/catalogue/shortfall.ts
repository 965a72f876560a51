import { shortfall } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

export const entry = defineFunction({
  id: "SHORTFALL",
  parameters: [p.labourForce, p.minimum],
  result: { shape: "scalar", type: "number", unit: "people", rounding: "none" },
  compute: (lf, minimum) => shortfall(lf.values, minimum),
});

export const text: FunctionText = {
  name: { fi: "VAJE", sv: "UNDERSKOTT" },
  description: {
    en: "How many people the area is short of the minimum; 0 when it is met. Example: =TYOALUE.SHORTFALL(B2:B11) gives 1500 for 18 500 people.",
    fi: "Montako henkeä vähimmäismäärästä puuttuu; 0, kun vaatimus täyttyy. Esim. =TYOALUE.VAJE(B2:B11) antaa 1500, kun työvoima on 18 500.",
    sv: "Hur många personer som saknas till minimikravet; 0 när kravet uppfylls. T.ex. =TYOALUE.UNDERSKOTT(B2:B11) ger 1500 för 18 500 personer.",
  },
  parameters: {
    labourForce: t.labourForceOfMembers,
    minimum: t.minimum,
  },
};
