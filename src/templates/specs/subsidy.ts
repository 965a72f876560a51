import type { TemplateSpec, Text } from "../spec";
import { column, f, headers, labelled } from "./helpers";

const MEMBERS = [
  "Kajaani",
  "Sotkamo",
  "Kuhmo",
  "Suomussalmi",
  "Paltamo",
  "Ristijärvi",
  "Hyrynsalmi",
  "Puolanka",
  "Kuusamo",
  "Taivalkoski",
];
/** Constructed for illustration (not statistics): 18–64-year-olds and broad unemployment. */
const WORKING_AGE = [20400, 5600, 4000, 3700, 1700, 580, 950, 1150, 8100, 2000];
const UNEMPLOYED = [2900, 620, 560, 520, 230, 80, 140, 170, 1050, 260];

const CONSTRUCTED: Text = {
  fi: "Esimerkki. Kainuun ja Koillismaan kunnat; luvut on muodostettu havainnollistamiseksi, eivät ole tilastoja. Korvaa ne valtionosuuslaskelman luvuilla.",
  sv: "Exempel. Kommunerna i Kajanaland och Koillismaa; siffrorna är konstruerade för illustration och är inte statistik. Ersätt dem med siffrorna i statsandelskalkylen.",
};
const AMOUNT: Text = {
  fi: "Esimerkki. Kainuu–Koillismaa: valtionosuus noin 10 milj. €, työvoima noin 40 000.",
  sv: "Exempel. Kajanaland–Koillismaa: statsandel cirka 10 milj. €, arbetskraft cirka 40 000.",
};
const RULE: Text = {
  fi: "Vuodesta 2025: 50 % 18–64-vuotiaiden määrän ja 50 % laajan työttömyyden mukaan.",
  sv: "Från 2025: 50 % enligt antalet 18–64-åringar och 50 % enligt den breda arbetslösheten.",
};

/** Allocating the employment-services state subsidy between members. */
export const subsidyTemplate: TemplateSpec = {
  name: "valtionosuus",
  title: {
    fi: "Valtionosuuden jako",
    sv: "Fördelning av statsandelen",
    en: "Allocating the state subsidy",
  },
  description: {
    fi: "Työvoimapalvelujen valtionosuuden jako kunnille työikäisten ja laajan työttömyyden mukaan, senttiin asti.",
    sv: "Statsandelen för arbetskraftsservice fördelad på kommunerna enligt befolkningen i arbetsför ålder och den breda arbetslösheten, på centen.",
    en: "The employment-services state subsidy split by working-age population and broad unemployment, to the cent.",
  },
  instructions: {
    fi: [
      "Työvoimapalvelujen valtionosuus jaetaan vuodesta 2025 alkaen 50 % 18–64-vuotiaan väestön ja 50 % laajan työttömyyden (työttömät työnhakijat ja palveluissa olevat) mukaan.",
      "Kirjoita Jako-välilehdelle jaettava summa, painotus ja kuntien luvut. Oranssit solut ovat esimerkkejä: Kainuun ja Koillismaan kunnat, noin 10 milj. €; kuntien luvut on muodostettu havainnollistamiseksi.",
      "Vihreät solut: kunkin kunnan osuus ja euromäärä. Summa jaetaan suurimpien jakojäännösten menetelmällä sentin tarkkuudella, joten osat täsmäävät kokonaissummaan sentilleen.",
      "Erillistä vieraskielisyyskriteeriä ei ole tässä mukana; sen voi ottaa huomioon TYOALUE.JAA-funktiolla (kolme kriteeriä ja niiden painot).",
    ],
    sv: [
      "Från 2025 fördelas statsandelen för arbetskraftsservice till 50 % enligt befolkningen i åldern 18–64 och till 50 % enligt den breda arbetslösheten (arbetslösa arbetssökande och personer i service).",
      "Skriv in beloppet, viktningen och kommunernas siffror på fliken Fördelning. Orange celler är exempel: kommunerna i Kajanaland och Koillismaa, cirka 10 milj. €; kommunernas siffror är konstruerade för illustration.",
      "Gröna celler: varje kommuns andel och belopp. Beloppet fördelas enligt största resten på centen, så att delarna stämmer exakt med totalen.",
      "Det separata kriteriet för främmande språk ingår inte här; det kan beaktas med funktionen TYOALUE.FORDELA (tre kriterier och deras vikter).",
    ],
  },
  sheets: [
    {
      name: { fi: "Jako", sv: "Fördelning" },
      columns: [24, 18, 18, 14, 18],
      cells: [
        {
          ref: "A1",
          value: { fi: "Valtionosuuden jako", sv: "Fördelning av statsandelen" },
          style: "title",
        },
        ...labelled(
          3,
          { fi: "Jaettava valtionosuus (€)", sv: "Statsandel att fördela (€)" },
          { value: 10000000, style: "example", format: "eur", source: AMOUNT }
        ),
        ...labelled(
          4,
          { fi: "Työikäisten paino", sv: "Vikt för befolkningen i arbetsför ålder" },
          { value: 0.5, style: "input", format: "share", source: RULE }
        ),
        ...headers(6, "A", [
          { fi: "Kunta (syöttö)", sv: "Kommun (inmatning)" },
          { fi: "18–64-vuotiaat (syöttö)", sv: "18–64-åringar (inmatning)" },
          { fi: "Laaja työttömyys (syöttö)", sv: "Bred arbetslöshet (inmatning)" },
          { fi: "Osuus (tulos)", sv: "Andel (resultat)" },
          { fi: "Valtionosuus € (tulos)", sv: "Statsandel € (resultat)" },
        ]),
        ...column("A", 7, MEMBERS, "example", undefined, CONSTRUCTED),
        ...column("B", 7, WORKING_AGE, "example", "int", CONSTRUCTED),
        ...column("C", 7, UNEMPLOYED, "example", "int", CONSTRUCTED),
        { ref: "D7", formula: f("SUBSIDYSHARES", "B7:B16", "C7:C16", "B4"), format: "pct" },
        {
          ref: "E7",
          formula: f("SUBSIDYALLOCATION", "B3", "B7:B16", "C7:C16", "B4"),
          format: "eur",
        },
        { ref: "A17", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        { ref: "B17", formula: f("SUM", "B7:B16"), format: "int" },
        { ref: "C17", formula: f("SUM", "C7:C16"), format: "int" },
        { ref: "D17", formula: f("SUM", "D7:D16"), format: "pct" },
        { ref: "E17", formula: f("SUM", "E7:E16"), format: "eur" },
      ],
      charts: [
        {
          kind: "bar",
          title: { fi: "Valtionosuus kunnittain (€)", sv: "Statsandel per kommun (€)" },
          categories: "A7:A16",
          series: [{ name: { fi: "Valtionosuus €", sv: "Statsandel €" }, values: "E7:E16" }],
          from: "G3",
          to: "O22",
        },
      ],
    },
  ],
};
