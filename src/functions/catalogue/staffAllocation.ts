import { staffAllocation, STAFF_ALLOCATION_STEP } from "../../core";
import { mapOk } from "../withArgs";
import { spill } from "../shape";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

/** Spills like `clients`. */
export const entry = defineFunction({
  id: "STAFFALLOCATION",
  parameters: [
    { id: "totalFte", kind: "amount", name: { fi: "htv_yhteensä", sv: "årsverken_totalt" } },
    p.clients,
    { ...p.step, defaultValue: STAFF_ALLOCATION_STEP },
  ],
  result: { shape: "spill", size: { like: "clients" }, unit: "fte", rounding: "largest-remainder" },
  compute: (f, c, s) => mapOk(staffAllocation(f, c.values, s), (v) => spill(v, c.orientation)),
});

export const text: FunctionText = {
  name: { fi: "HTVJAKO", sv: "ARSVERKESFORDELNING" },
  description: {
    en: "Splits staff (FTE) between municipalities by client counts, in units of step, adding up exactly. Example: =TYOALUE.STAFFALLOCATION(14.2,B2:B5)",
    fi: "Jakaa henkilöstön (htv) kunnille asiakasmäärien mukaan askelen yksikköinä niin, että summa täsmää. Esim. =TYOALUE.HTVJAKO(14,2;B2:B5)",
    sv: "Fördelar personal (årsverken) mellan kommunerna enligt klientantal i enheter av steg, så att summan går jämnt ut. T.ex. =TYOALUE.ARSVERKESFORDELNING(14,2;B2:B5)",
  },
  parameters: {
    totalFte: {
      en: "Staff to split (FTE, a whole number of steps).",
      fi: "Jaettava henkilöstö (htv, kokonainen määrä askelia).",
      sv: "Personal att fördela (årsverken, ett helt antal steg).",
    },
    clients: {
      en: "Clients in each municipality (whole numbers).",
      fi: "Asiakkaat kussakin kunnassa (kokonaislukuja).",
      sv: "Klienter i varje kommun (heltal).",
    },
    step: {
      en: "Smallest FTE unit handed out.",
      fi: "Pienin jaettava htv-yksikkö.",
      sv: "Minsta årsverkesenhet som delas ut.",
    },
  },
};
