import { municipality } from "../../core";
import { defineFunction, type FunctionText } from "./entry";

export const entry = defineFunction({
  id: "MUNICIPALITY",
  parameters: [
    { id: "municipality", kind: "name", name: { fi: "kunta", sv: "kommun" } },
    {
      id: "field",
      kind: "field",
      optional: true,
      defaultValue: "fi",
      name: { fi: "tieto", sv: "uppgift" },
    },
  ],
  result: { shape: "scalar", type: "string", unit: "text", rounding: "none" },
  compute: (m, field) => municipality(m, field),
});

export const text: FunctionText = {
  name: { fi: "KUNTA", sv: "KOMMUN" },
  description: {
    en: 'Looks up a municipality: its code (3 digits as text), Finnish or Swedish name, or region. Example: =TYOALUE.MUNICIPALITY(5,"sv")',
    fi: 'Hakee kunnan tiedon: kuntanumero (3 numeroa tekstinä), suomenkielinen tai ruotsinkielinen nimi tai maakunta. Esim. =TYOALUE.KUNTA(5;"sv")',
    sv: 'Slår upp en kommun: kommunnummer (3 siffror som text), finskt eller svenskt namn eller landskap. T.ex. =TYOALUE.KOMMUN(5;"sv")',
  },
  parameters: {
    municipality: {
      en: 'A municipality code ("005" or 5) or its Finnish or Swedish name.',
      fi: 'Kuntanumero ("005" tai 5) tai kunnan suomen- tai ruotsinkielinen nimi.',
      sv: 'Kommunnummer ("005" eller 5) eller kommunens finska eller svenska namn.',
    },
    field: {
      en: 'What to return: "code", "fi", "sv" or "region".',
      fi: 'Palautettava tieto: "code", "fi", "sv" tai "region".',
      sv: 'Vad som returneras: "code", "fi", "sv" eller "region".',
    },
  },
};
