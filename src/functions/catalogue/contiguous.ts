import { contiguous } from "../../core";
import { defineFunction, type FunctionText } from "./entry";
import * as p from "./sharedParameters";

export const entry = defineFunction({
  id: "CONTIGUOUS",
  parameters: [p.municipalities, p.neighbourPairs],
  result: { shape: "scalar", type: "boolean", unit: "truth", rounding: "none" },
  compute: (m, pairs) => contiguous(m.values, pairs),
});

export const text: FunctionText = {
  name: { fi: "YHTENAINEN", sv: "SAMMANHANGANDE" },
  description: {
    en: "TRUE when the municipalities form one geographically connected area (2025 borders). Example: =TYOALUE.CONTIGUOUS(A2:A11)",
    fi: "TOSI, kun kunnat muodostavat yhtenäisen alueen (vuoden 2025 kuntarajat). Esim. =TYOALUE.YHTENAINEN(A2:A11)",
    sv: "SANT när kommunerna bildar ett geografiskt sammanhängande område (kommungränserna 2025). T.ex. =TYOALUE.SAMMANHANGANDE(A2:A11)",
  },
  parameters: {
    municipalities: {
      en: 'Member municipalities: codes ("005" or 5) or Finnish or Swedish names.',
      fi: 'Jäsenkunnat: kuntanumerot ("005" tai 5) tai suomen- tai ruotsinkieliset nimet.',
      sv: 'Medlemskommuner: kommunnummer ("005" eller 5) eller finska eller svenska namn.',
    },
    neighbourPairs: {
      en: "Optional n×2 range of neighbouring pairs that replaces the bundled 2025 adjacency.",
      fi: "Valinnainen n×2-alue naapuripareja, joka korvaa sisäänrakennetut vuoden 2025 naapuruudet.",
      sv: "Valfritt n×2-område med grannpar som ersätter de inbyggda grannrelationerna för 2025.",
    },
  },
};
