import { labourForce } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

export const entry = defineFunction({
  id: "LABOURFORCE",
  parameters: [p.labourForce],
  result: { shape: "scalar", type: "number", unit: "people", rounding: "none" },
  compute: (lf) => labourForce(lf.values),
});

export const text: FunctionText = {
  name: { fi: "TYOVOIMA", sv: "ARBETSKRAFT" },
  description: {
    en: "Total labour force of the area: the sum of the members' labour force (people). Example: =TYOALUE.LABOURFORCE(B2:B11)",
    fi: "Alueen työvoima yhteensä: jäsenkuntien työvoiman summa (henkeä). Esim. =TYOALUE.TYOVOIMA(B2:B11)",
    sv: "Områdets totala arbetskraft: summan av medlemskommunernas arbetskraft (personer). T.ex. =TYOALUE.ARBETSKRAFT(B2:B11)",
  },
  parameters: {
    labourForce: {
      en: "Labour force of each member municipality (people, whole numbers), one column or row.",
      fi: "Kunkin jäsenkunnan työvoima (henkeä, kokonaislukuja), yksi sarake tai rivi.",
      sv: "Arbetskraften i varje medlemskommun (personer, heltal), en kolumn eller rad.",
    },
  },
};
