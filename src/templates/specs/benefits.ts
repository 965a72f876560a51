import type { TemplateSpec, Text } from "../spec";
import { column, f, headers, labelled } from "./helpers";

const KELA: Text = {
  fi: "Kelan laskutus: perusosa 37,21 €/päivä (2025); 20 päivää päivän 100 jälkeen 10 %:lla = 74,42 €.",
  sv: "FPA:s fakturering: grunddel 37,21 €/dag (2025); 20 dagar efter dag 100 med 10 % = 74,42 €.",
};
const CONSTRUCTED: Text = {
  fi: "Esimerkkihenkilöt, muodostettu havainnollistamiseksi (henkilö A on Kelan laskutusesimerkki).",
  sv: "Exempelpersoner, konstruerade för illustration (person A är FPA:s faktureringsexempel).",
};
const PEOPLE: Text[] = ["A", "B", "C", "D"].map((p) => ({ fi: `Henkilö ${p}`, sv: `Person ${p}` }));

/** The municipality's share of unemployment benefits by accumulated benefit days. */
export const benefitsTemplate: TemplateSpec = {
  name: "tyottomyysturva",
  title: {
    fi: "Työttömyysturvan kuntaosuus",
    sv: "Kommunens andel av utkomstskyddet",
    en: "Municipal cost of unemployment benefits",
  },
  description: {
    fi: "Mitä kunta maksaa pitkään työttömien asukkaidensa työttömyysturvasta, vuoden 2025 mallilla ja vanhalla mallilla.",
    sv: "Vad kommunen betalar för utkomstskyddet för sina långtidsarbetslösa invånare, med 2025 års modell och den gamla modellen.",
    en: "What the municipality pays towards its long-term unemployed residents' benefits, 2025 model against the old one.",
  },
  instructions: {
    fi: [
      "Vuodesta 2025 kunta maksaa kasvavan osuuden työttömyysetuuden perusosasta sen mukaan, montako etuuspäivää asukkaalle on kertynyt: päivät 1–100 maksaa valtio, sen jälkeen kunnan osuus kasvaa 10 %:sta 50 %:iin. Osuus koskee työmarkkinatukea, peruspäivärahaa ja ansiopäivärahan perusosaa.",
      "Valtio korvaa kunnille kiinteällä valtionosuuden lisäyksellä, joka ei seuraa todellisia kustannuksia: jokainen vältetty työttömyyspäivä säästää kunnan rahaa.",
      "Kirjoita Kustannus-välilehdelle kunkin henkilön ennen vuotta kertyneet päivät ja vuoden päivät. Vihreät solut: kunnan osuus sentilleen vuoden 2025 mallilla ja vertailuksi vuosina 2015–2024 voimassa olleella mallilla (malli 2015, vain työmarkkinatuki).",
      "Osuustaulukko: laki työttömyysetuuksien rahoituksesta 555/1998 (muutos 387/2023), tarkistettu Kelan laskutusporrastuksesta.",
    ],
    sv: [
      "Från 2025 betalar kommunen en växande andel av grunddelen av arbetslöshetsförmånen enligt hur många förmånsdagar invånaren har samlat: dagarna 1–100 betalar staten, därefter växer kommunens andel från 10 % till 50 %. Andelen gäller arbetsmarknadsstöd, grunddagpenning och grunddelen av inkomstrelaterad dagpenning.",
      "Staten ersätter kommunerna med ett fast tillägg till statsandelen som inte följer de faktiska kostnaderna: varje undviken arbetslöshetsdag sparar kommunens pengar.",
      "Skriv in varje persons dagar före året och dagar under året på fliken Kostnad. Gröna celler: kommunens andel på centen enligt 2025 års modell och som jämförelse enligt modellen som gällde 2015–2024 (modell 2015, endast arbetsmarknadsstöd).",
      "Andelstabellen: lagen om finansiering av arbetslöshetsförmåner 555/1998 (ändrad 387/2023), kontrollerad mot FPA:s faktureringsintervall.",
    ],
  },
  sheets: [
    {
      name: { fi: "Kustannus", sv: "Kostnad" },
      columns: [24, 18, 18, 20, 20],
      cells: [
        {
          ref: "A1",
          value: { fi: "Työttömyysturvan kuntaosuus", sv: "Kommunens andel av utkomstskyddet" },
          style: "title",
        },
        ...labelled(
          3,
          { fi: "Perusosa €/päivä", sv: "Grunddel €/dag" },
          { value: 37.21, style: "example", format: "eur", source: KELA }
        ),
        ...headers(5, "A", [
          { fi: "Henkilö", sv: "Person" },
          { fi: "Päiviä ennen vuotta (syöttö)", sv: "Dagar före året (inmatning)" },
          { fi: "Päiviä vuonna (syöttö)", sv: "Dagar under året (inmatning)" },
          { fi: "Kunnan osuus, malli 2025 €", sv: "Kommunens andel, modell 2025 €" },
          { fi: "Kunnan osuus, malli 2015 €", sv: "Kommunens andel, modell 2015 €" },
        ]),
        ...column("A", 6, PEOPLE, "label"),
        ...column("B", 6, [100, 0, 150, 650], "example", "int", CONSTRUCTED),
        ...column("C", 6, [20, 100, 100, 250], "example", "int", CONSTRUCTED),
        ...[6, 7, 8, 9].flatMap((r) => [
          {
            ref: `D${r}`,
            formula: f("BENEFITCOST", `B${r}`, `C${r}`, "$B$3", 2025),
            format: "eur" as const,
          },
          {
            ref: `E${r}`,
            formula: f("BENEFITCOST", `B${r}`, `C${r}`, "$B$3", 2015),
            format: "eur" as const,
          },
        ]),
        { ref: "A10", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        { ref: "C10", formula: f("SUM", "C6:C9"), format: "int" },
        { ref: "D10", formula: f("SUM", "D6:D9"), format: "eur" },
        { ref: "E10", formula: f("SUM", "E6:E9"), format: "eur" },
      ],
      charts: [
        {
          kind: "bar",
          title: { fi: "Kunnan osuus henkilöittäin (€)", sv: "Kommunens andel per person (€)" },
          categories: "A6:A9",
          series: [
            { name: { fi: "Malli 2025", sv: "Modell 2025" }, values: "D6:D9" },
            { name: { fi: "Malli 2015", sv: "Modell 2015" }, values: "E6:E9" },
          ],
          from: "G3",
          to: "O20",
        },
      ],
    },
  ],
};
