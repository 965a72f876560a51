import { formAreas } from "../../core";
import { spill } from "../shape";
import { mapOk } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** Each municipality's area number, in the orientation of `municipalities`. */
export const entry = defineFunction({
  id: "FORMAREAS",
  parameters: [
    p.municipalities,
    { ...p.labourForce, pairedWith: "municipalities" },
    p.minimum,
    p.neighbourPairs,
  ],
  result: { shape: "spill", size: { like: "municipalities" }, unit: "index", rounding: "none" },
  compute: (m, lf, min, pairs) =>
    mapOk(formAreas(m.values, lf.values, min, pairs), (areas) => spill(areas, m.orientation)),
});

export const text: FunctionText = {
  name: { fi: "MUODOSTAALUEET", sv: "BILDAOMRADEN" },
  description: {
    en: "Splits the municipalities into the most connected areas that each reach the minimum (then the smallest largest area): each one's area number. Exact up to 30 per connected group. Example: =TYOALUE.FORMAREAS(A2:A31,B2:B31)",
    fi: "Jakaa kunnat mahdollisimman moneen yhtenäiseen alueeseen, joista kukin täyttää vähimmäismäärän (sitten pienin suurin alue): kunkin kunnan alueen numero. Tarkka 30 kuntaan asti. Esim. =TYOALUE.MUODOSTAALUEET(A2:A31;B2:B31)",
    sv: "Delar kommunerna i så många sammanhängande områden som möjligt som vart och ett når minimikravet (sedan minsta största område): varje kommuns områdesnummer. Exakt upp till 30. T.ex. =TYOALUE.BILDAOMRADEN(A2:A31;B2:B31)",
  },
  parameters: {
    municipalities: {
      en: 'The municipalities to divide: codes ("005" or 5), Finnish or Swedish names or Statistics Finland labels. Exact for up to 30 connected municipalities; beyond that a valid proposal that may not be the best.',
      fi: 'Jaettavat kunnat: kuntanumerot ("005" tai 5), suomen- tai ruotsinkieliset nimet tai Tilastokeskuksen tunnukset. Tarkka 30 yhtenäiseen kuntaan asti; sitä suuremmille kelvollinen ehdotus, joka ei välttämättä ole paras.',
      sv: 'Kommunerna som delas: kommunnummer ("005" eller 5), finska eller svenska namn eller Statistikcentralens beteckningar. Exakt för upp till 30 sammanhängande kommuner; för fler ett giltigt förslag som inte nödvändigtvis är det bästa.',
    },
    labourForce: {
      en: "Labour force of each municipality (people), in the same order.",
      fi: "Kunkin kunnan työvoima (henkeä), samassa järjestyksessä.",
      sv: "Arbetskraften i varje kommun (personer), i samma ordning.",
    },
    minimum: {
      en: "Required labour force of each area (people).",
      fi: "Kunkin alueen vaadittu työvoima (henkeä).",
      sv: "Krävd arbetskraft för varje område (personer).",
    },
    neighbourPairs: t.neighbourPairs,
  },
};
