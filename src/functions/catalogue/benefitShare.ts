import { benefitShare } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";

export const entry = defineFunction({
  id: "BENEFITSHARE",
  parameters: [
    { id: "benefitDay", kind: "whole", name: { fi: "etuuspäivä", sv: "förmånsdag" } },
    p.model,
    p.bands,
  ],
  result: { shape: "scalar", type: "number", unit: "fraction", rounding: "none" },
  compute: benefitShare,
});

export const text: FunctionText = {
  name: { fi: "ETUUSOSUUS", sv: "FORMANSANDEL" },
  description: {
    en: "The municipality's share (a fraction) of the unemployment benefit for the n-th accumulated benefit day. Example: =TYOALUE.BENEFITSHARE(150) gives 0.1.",
    fi: "Kunnan rahoitusosuus (murtolukuna) työttömyysetuudesta n:ntenä kertyneenä etuuspäivänä. Esim. =TYOALUE.ETUUSOSUUS(150) antaa 0,1.",
    sv: "Kommunens finansieringsandel (bråktal) av arbetslöshetsförmånen för den n:te ackumulerade förmånsdagen. T.ex. =TYOALUE.FORMANSANDEL(150) ger 0,1.",
  },
  parameters: {
    benefitDay: {
      en: "Accumulated benefit day (whole number, 1 or more).",
      fi: "Kertynyt etuuspäivä (kokonaisluku, vähintään 1).",
      sv: "Ackumulerad förmånsdag (heltal, minst 1).",
    },
    model: t.model,
    bands: t.bands,
  },
};
