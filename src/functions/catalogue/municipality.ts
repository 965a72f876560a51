import { municipalities } from "../../core";
import { spill } from "../shape";
import { mapOk } from "../withArgs";
import { defineFunction, type FunctionText } from "./entry";

/** Elementwise: a range or array in gives a list out in its orientation (one value: one cell). */
export const entry = defineFunction({
  id: "MUNICIPALITY",
  parameters: [
    { id: "municipality", kind: "names", name: { fi: "kunta", sv: "kommun" } },
    {
      id: "field",
      kind: "field",
      optional: true,
      defaultValue: "fi",
      name: { fi: "tieto", sv: "uppgift" },
    },
  ],
  result: { shape: "spill", size: { like: "municipality" }, unit: "text", rounding: "none" },
  compute: (m, field) => mapOk(municipalities(m.values, field), (v) => spill(v, m.orientation)),
});

export const text: FunctionText = {
  name: { fi: "KUNTA", sv: "KOMMUN" },
  description: {
    en: 'Looks up a municipality: its code (3 digits as text), Finnish or Swedish name, or region; a range gives a list in its orientation. Example: =TYOALUE.MUNICIPALITY(5,"sv")',
    fi: 'Hakee kunnan tiedon: kuntanumero (3 numeroa tekstinä), suomenkielinen tai ruotsinkielinen nimi tai maakunta; alue antaa luettelon samassa suunnassa. Esim. =TYOALUE.KUNTA(5;"sv")',
    sv: 'Slår upp en kommun: kommunnummer (3 siffror som text), finskt eller svenskt namn eller landskap; ett område ger en lista i samma riktning. T.ex. =TYOALUE.KOMMUN(5;"sv")',
  },
  parameters: {
    municipality: {
      en: 'A municipality code ("005" or 5), its Finnish or Swedish name or a Statistics Finland label ("KU005 Alajärvi"), or a range of them.',
      fi: 'Kuntanumero ("005" tai 5), kunnan suomen- tai ruotsinkielinen nimi tai Tilastokeskuksen tunnus ("KU005 Alajärvi"), tai alue niitä.',
      sv: 'Kommunnummer ("005" eller 5), kommunens finska eller svenska namn eller Statistikcentralens beteckning ("KU005 Alajärvi"), eller ett område med sådana.',
    },
    field: {
      en: 'What to return: "code", "fi", "sv" or "region".',
      fi: 'Palautettava tieto: "code", "fi", "sv" tai "region".',
      sv: 'Vad som returneras: "code", "fi", "sv" eller "region".',
    },
  },
};
