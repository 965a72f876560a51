import { neighbours } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import { column } from "./spillSize";

/** A column of Finnish names; a municipality without neighbours gives one empty cell. */
export const entry = defineFunction({
  id: "NEIGHBOURS",
  parameters: [{ id: "municipality", kind: "name", name: { fi: "kunta", sv: "kommun" } }],
  result: {
    shape: "spill",
    size: {
      by: "value",
      of: "municipality",
      size: (m) => mapOk(neighbours(m), (l) => column(l.length)).value,
    },
    unit: "text",
    rounding: "none",
  },
  compute: (m) => mapOk(neighbours(m), (list) => spill(list.length ? list : [""], "column")),
});

export const text: FunctionText = {
  name: { fi: "NAAPURIT", sv: "GRANNAR" },
  description: {
    en: 'The municipality\'s neighbours (2025 borders) as a sorted column of Finnish names. Example: =TYOALUE.NEIGHBOURS("Kannus")',
    fi: 'Kunnan naapurikunnat (vuoden 2025 rajat) suomenkielisinä niminä aakkosjärjestyksessä sarakkeena. Esim. =TYOALUE.NAAPURIT("Kannus")',
    sv: 'Kommunens grannkommuner (gränserna 2025) som en sorterad kolumn med finska namn. T.ex. =TYOALUE.GRANNAR("Kannus")',
  },
  parameters: {
    municipality: {
      en: 'A municipality code ("005" or 5) or its Finnish or Swedish name.',
      fi: 'Kuntanumero ("005" tai 5) tai kunnan suomen- tai ruotsinkielinen nimi.',
      sv: 'Kommunnummer ("005" eller 5) eller kommunens finska eller svenska namn.',
    },
  },
};
