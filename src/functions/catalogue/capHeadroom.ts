import { capHeadroom, capHeadroomsByYear } from "../../core";
import { yearLine, yearRows } from "../parseYears";
import { mapOk, withArgs } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";
import { ONE_CELL } from "./spillSize";

/** One headroom; with a row of k budgets, a row of each year's headroom. */
export const entry = defineFunction({
  id: "CAPHEADROOM",
  parameters: [p.budget, p.memberSubsidies, p.capRatio],
  result: {
    shape: "spill",
    // a row of k budgets gives a row of k headrooms; one budget, one
    size: {
      by: "shape",
      of: "budget",
      size: (s) => (s.height === 1 && s.width > 1 ? { width: s.width, height: 1 } : ONE_CELL),
    },
    unit: "euros",
    rounding: "cents-down",
  },
  compute: (b, s, r) =>
    Array.isArray(b)
      ? withArgs([yearRows(s)], (rows) => mapOk(capHeadroomsByYear(b, rows, r), (h) => [h]))
      : withArgs([yearLine(s)], (l) => mapOk(capHeadroom(b, l.values, r), (h) => [[h]])),
});

export const text: FunctionText = {
  name: { fi: "KATTOVARA", sv: "MARGINAL" },
  description: {
    en: "Room left under the payment cap: cap − budget (€); negative when the budget is over; a row of yearly budgets gives each year's headroom. Example: =TYOALUE.CAPHEADROOM(9000000,B2:B11)",
    fi: "Maksukaton alle jäävä vara: katto − talousarvio (€); negatiivinen, kun talousarvio ylittää katon; vuosien talousarviorivi antaa kunkin vuoden varan. Esim. =TYOALUE.KATTOVARA(9000000;B2:B11)",
    sv: "Utrymmet under avgiftstaket: tak − budget (€); negativt när budgeten överskrider taket; en rad årsbudgetar ger varje års marginal. T.ex. =TYOALUE.MARGINAL(9000000;B2:B11)",
  },
  parameters: {
    budget: {
      en: "The authority's budget (€), or a row of one budget per planning year.",
      fi: "Kuntayhtymän talousarvio (€) tai rivi, jossa yksi talousarvio kullekin suunnitteluvuodelle.",
      sv: "Samkommunens budget (€) eller en rad med en budget per planeringsår.",
    },
    memberSubsidies: t.memberSubsidies,
    capRatio: t.capRatio,
  },
};
