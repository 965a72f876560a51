import { staffNeeded, STAFF_NEEDED_STEP } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

/** Elementwise over service lines; always spills like `clients` (one cell for one line). */
export const entry = defineFunction({
  id: "STAFFNEEDED",
  parameters: [
    p.clients,
    {
      id: "caseloadTarget",
      kind: "positives",
      pairedWith: "clients",
      name: { fi: "asiakasmäärätavoite", sv: "klientmål" },
    },
    { ...p.step, defaultValue: STAFF_NEEDED_STEP },
  ],
  result: { shape: "spill", size: { like: "clients" }, unit: "fte", rounding: "step-up" },
  compute: (c, t, s) => mapOk(staffNeeded(c.values, t.values, s), (v) => spill(v, c.orientation)),
});

export const text: FunctionText = {
  name: { fi: "HENKILOSTOTARVE", sv: "PERSONALBEHOV" },
  description: {
    en: "Staff needed (FTE) for a number of clients at a caseload target, rounded up to whole steps. Example: =TYOALUE.STAFFNEEDED(3762,130) gives 29.",
    fi: "Tarvittava henkilöstö (htv) asiakasmäärälle asiakasmäärätavoitteella, pyöristettynä ylöspäin kokonaisiin askeliin. Esim. =TYOALUE.HENKILOSTOTARVE(3762;130) antaa 29.",
    sv: "Personal som behövs (årsverken) för ett antal klienter vid ett klientmål, avrundat uppåt till hela steg. T.ex. =TYOALUE.PERSONALBEHOV(3762;130) ger 29.",
  },
  parameters: {
    clients: {
      en: "Clients (whole number), or a range with one row per service line.",
      fi: "Asiakkaat (kokonaisluku) tai alue, jossa rivi kutakin palvelulinjaa kohden.",
      sv: "Klienter (heltal) eller ett område med en rad per tjänstelinje.",
    },
    caseloadTarget: {
      en: "Clients per official (e.g. 130), or a range of the same shape.",
      fi: "Asiakkaita virkailijaa kohden (esim. 130) tai samanmuotoinen alue.",
      sv: "Klienter per tjänsteman (t.ex. 130) eller ett område med samma form.",
    },
    step: {
      en: "FTE unit to round up to.",
      fi: "Htv-yksikkö, johon pyöristetään ylöspäin.",
      sv: "Årsverkesenhet att avrunda uppåt till.",
    },
  },
};
