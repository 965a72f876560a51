import { paymentCap, paymentCapsByYear } from "../../core";
import { yearLine, yearRows } from "../parseYears";
import { mapOk, withArgs } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";
import * as t from "./sharedParameterTexts";
import { ONE_CELL } from "./spillSize";

/** One cap; for a members × years block, a row of each year's cap. */
export const entry = defineFunction({
  id: "PAYMENTCAP",
  parameters: [p.memberSubsidies, p.capRatio],
  result: {
    shape: "spill",
    // a members × years block gives a row of years; a row or column, one cap
    size: {
      by: "shape",
      of: "memberSubsidies",
      size: (s) => (s.width > 1 && s.height > 1 ? { width: s.width, height: 1 } : ONE_CELL),
    },
    unit: "euros",
    rounding: "cents-down",
  },
  compute: (s, r) =>
    "block" in s
      ? withArgs([yearRows(s)], (rows) => mapOk(paymentCapsByYear(rows, r), (caps) => [caps]))
      : withArgs([yearLine(s)], (l) => mapOk(paymentCap(l.values, r), (cap) => [[cap]])),
});

export const text: FunctionText = {
  name: { fi: "MAKSUKATTO", sv: "AVGIFTSTAK" },
  description: {
    en: "The largest whole-cent budget within the cap: capRatio × the members' subsidies, rounded down to a whole cent (€); a members × years block gives each year's cap. Example: =TYOALUE.PAYMENTCAP(B2:B11)",
    fi: "Suurin kattoon mahtuva talousarvio kokonaisina sentteinä: kattosuhde × jäsenten valtionosuudet pyöristettynä alaspäin senttiin (€); jäsenet × vuodet -alue antaa kunkin vuoden katon. Esim. =TYOALUE.MAKSUKATTO(B2:B11)",
    sv: "Den största budgeten i hela cent inom taket: takandel × medlemmarnas statsandelar, avrundat nedåt till hel cent (€); ett block medlemmar × år ger varje års tak. T.ex. =TYOALUE.AVGIFTSTAK(B2:B11)",
  },
  parameters: {
    memberSubsidies: t.memberSubsidies,
    capRatio: t.capRatio,
  },
};
