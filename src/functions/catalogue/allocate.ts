import { allocate, DEFAULT_ALLOCATION_STEP } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

/** One part per row of `criteria`, as a column. */
export const entry = defineFunction({
  id: "ALLOCATE",
  parameters: [
    { id: "amount", kind: "amount", name: { fi: "määrä", sv: "belopp" } },
    { id: "criteria", kind: "criteria", name: { fi: "kriteerit", sv: "kriterier" } },
    { id: "weights", kind: "ratios", pairedWith: "criteria", name: { fi: "painot", sv: "vikter" } },
    { ...p.step, defaultValue: DEFAULT_ALLOCATION_STEP },
  ],
  result: {
    shape: "spill",
    size: { by: "shape", of: "criteria", size: (s) => ({ width: 1, height: s.height }) },
    unit: "amount",
    rounding: "largest-remainder",
  },
  compute: (m, c, w, s) => mapOk(allocate(m, c, w.values, s), (v) => spill(v, "column")),
});

export const text: FunctionText = {
  name: { fi: "JAA", sv: "FORDELA" },
  description: {
    en: "Splits an amount by several weighted criteria (largest remainder in units of step); the parts add up exactly. Example: =TYOALUE.ALLOCATE(1000,B2:D11,F2:F4)",
    fi: "Jakaa summan usean painotetun kriteerin mukaan (suurimmat jakojäännökset askelen yksikköinä); osat täsmäävät summaan. Esim. =TYOALUE.JAA(1000;B2:D11;F2:F4)",
    sv: "Fördelar ett belopp enligt flera viktade kriterier (största rest i enheter av steg); delarna går jämnt ut. T.ex. =TYOALUE.FORDELA(1000;B2:D11;F2:F4)",
  },
  parameters: {
    amount: {
      en: "Amount to split (a whole number of steps).",
      fi: "Jaettava summa (kokonainen määrä askelia).",
      sv: "Belopp att fördela (ett helt antal steg).",
    },
    criteria: {
      en: "One row per recipient, one column per criterion (n×k, figures ≥ 0, e.g. people or euros).",
      fi: "Rivi kutakin saajaa ja sarake kutakin kriteeriä kohden (n×k, lukuja ≥ 0, esim. henkilöitä tai euroja).",
      sv: "En rad per mottagare och en kolumn per kriterium (n×k, tal ≥ 0, t.ex. personer eller euro).",
    },
    weights: {
      en: "One weight per criterion (k fractions summing to 1).",
      fi: "Paino kullekin kriteerille (k murtolukua, summa 1).",
      sv: "En vikt per kriterium (k bråktal med summan 1).",
    },
    step: {
      en: "Smallest unit handed out.",
      fi: "Pienin jaettava yksikkö.",
      sv: "Minsta enhet som delas ut.",
      defaultNote: { en: "(cents)", fi: "(sentti)", sv: "(cent)" },
    },
  },
};
