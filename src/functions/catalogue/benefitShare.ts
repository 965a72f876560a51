import { benefitShare } from "../../core";
import { defineFunction, type FunctionText } from "./entry";

export const entry = defineFunction({
  id: "BENEFITSHARE",
  parameters: [
    { id: "benefitDay", kind: "whole", name: { fi: "etuuspäivä", sv: "förmånsdag" } },
    {
      id: "model",
      kind: "model",
      optional: true,
      defaultValue: 2025,
      name: { fi: "malli", sv: "modell" },
    },
    { id: "bands", kind: "bands", optional: true, name: { fi: "portaat", sv: "trappor" } },
  ],
  result: { shape: "scalar", type: "number", unit: "fraction", rounding: "none" },
  compute: (d, m, b) => benefitShare(d, m, b),
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
    model: {
      en: "2025 (the incentive model), 2015 (2015–2024) or 2006 (2006–2014).",
      fi: "2025 (kannustinmalli), 2015 (2015–2024) tai 2006 (2006–2014).",
      sv: "2025 (incitamentsmodellen), 2015 (2015–2024) eller 2006 (2006–2014).",
    },
    bands: {
      en: "Optional 3-column band table (from day, to day or blank, share) replacing the built-in one.",
      fi: "Valinnainen 3-sarakkeinen porrastaulukko (alkupäivä, loppupäivä tai tyhjä, osuus), joka korvaa sisäänrakennetun.",
      sv: "Valfri trapptabell med 3 kolumner (från dag, till dag eller tom, andel) som ersätter den inbyggda.",
    },
  },
};
