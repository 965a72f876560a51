import { suggestMembers } from "../../core";
import { spill } from "../shape";
import { mapOk } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

/** A sorted list of Finnish names in the orientation of `members`; "" when they already qualify. */
export const entry = defineFunction({
  id: "SUGGESTMEMBERS",
  parameters: [
    { id: "members", kind: "names", name: { fi: "jäsenet", sv: "medlemmar" } },
    p.municipalities,
    { ...p.labourForce, pairedWith: "municipalities" },
    p.minimum,
    p.neighbourPairs,
  ],
  result: { shape: "spill", size: "computed", unit: "text", rounding: "none" },
  compute: (members, m, lf, min, pairs) =>
    mapOk(suggestMembers(members.values, m.values, lf.values, min, pairs), (names) =>
      spill(names.length ? names : [""], members.orientation)
    ),
});

export const text: FunctionText = {
  name: { fi: "EHDOTAJASENET", sv: "FORESLAMEDLEMMAR" },
  description: {
    en: 'The fewest municipalities from the table to add so that the members form a connected area at the minimum (then the least labour force added); "" when they already do. Example: =TYOALUE.SUGGESTMEMBERS(D2:D4,A2:A31,B2:B31)',
    fi: 'Vähiten taulukon kuntia, jotka lisäämällä jäsenet muodostavat yhtenäisen, vähimmäismäärän täyttävän alueen (sitten vähiten työvoimaa); "" jos jo täyttävät. Esim. =TYOALUE.EHDOTAJASENET(D2:D4;A2:A31;B2:B31)',
    sv: 'Minsta antal kommuner ur tabellen att lägga till så att medlemmarna bildar ett sammanhängande område som når minimikravet (sedan minst tillförd arbetskraft); "" om de redan gör det. T.ex. =TYOALUE.FORESLAMEDLEMMAR(D2:D4;A2:A31;B2:B31)',
  },
  parameters: {
    members: {
      en: "The area's present members (codes or names); each must be in the table.",
      fi: "Alueen nykyiset jäsenet (kuntanumerot tai nimet); kunkin on oltava taulukossa.",
      sv: "Områdets nuvarande medlemmar (kommunnummer eller namn); var och en ska finnas i tabellen.",
    },
    municipalities: {
      en: "The table's municipalities: the members and the candidates to add.",
      fi: "Taulukon kunnat: jäsenet ja lisättävät ehdokkaat.",
      sv: "Tabellens kommuner: medlemmarna och kandidaterna att lägga till.",
    },
    labourForce: {
      en: "Labour force of each municipality of the table (people), in the same order.",
      fi: "Kunkin taulukon kunnan työvoima (henkeä), samassa järjestyksessä.",
      sv: "Arbetskraften i varje kommun i tabellen (personer), i samma ordning.",
    },
    minimum: {
      en: "Required labour force of the area (people).",
      fi: "Alueen vaadittu työvoima (henkeä).",
      sv: "Krävd arbetskraft för området (personer).",
    },
    neighbourPairs: t.neighbourPairs,
  },
};
