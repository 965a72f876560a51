import type { TemplateSpec, Text } from "../spec";
import { column, f, headers, labelled } from "./helpers";
import { KYMPPI_MEMBERS } from "./kymppi";

const MEMBERS = KYMPPI_MEMBERS;
/** Constructed: each member's labour force (area template) × 248.60 €, for illustration only. */
const SUBSIDIES = [
  964319.4, 1140576.8, 248848.6, 1545049, 362956, 300806, 1462016.6, 207332.4, 300806, 581226.8,
];

const CONSTRUCTED: Text = {
  fi: "Esimerkki, muodostettu havainnollistamiseksi (ei valtionosuuslaskelma). Korvaa jäsenkuntien työvoimapalvelujen valtionosuuksilla edellisen kevään ennakkolaskelmasta.",
  sv: "Exempel, konstruerat för illustration (inte en statsandelskalkyl). Ersätt med medlemskommunernas statsandelar för arbetskraftsservice enligt förra vårens preliminära kalkyl.",
};
const CAP: Text = {
  fi: "Kymppi-kuntayhtymän perussopimus: talousarviossa voidaan ottaa huomioon enintään 95 % jäsenkuntien valtionosuudesta.",
  sv: "Grundavtalet för samkommunen Kymppi: budgeten får beakta högst 95 % av medlemskommunernas statsandel.",
};
const BUDGET: Text = {
  fi: "Esimerkki: kuntayhtymän talousarvio, muodostettu havainnollistamiseksi.",
  sv: "Exempel: samkommunens budget, konstruerad för illustration.",
};

/** The joint authority's budget and members' payments, capped at 95 % of the members' subsidy. */
export const jointAuthorityTemplate: TemplateSpec = {
  name: "kuntayhtyma",
  title: {
    fi: "Kuntayhtymän talousarvio ja jäsenosuudet",
    sv: "Samkommunens budget och medlemsandelar",
    en: "Joint authority budget and members' payments",
  },
  description: {
    fi: "Jäsenkuntien maksuosuudet valtionosuuksien suhteessa, 95 %:n katto, talousarviovuosi ja kaksi suunnitteluvuotta samoilla valtionosuuksilla.",
    sv: "Medlemskommunernas avgifter i proportion till statsandelarna, taket på 95 %, budgetåret och två planeringsår med samma statsandelar.",
    en: "Members' payments pro rata to their subsidies, the 95 % cap, the budget year and two planning years on the same subsidies.",
  },
  instructions: {
    fi: [
      "Kuntayhtymän jäsenkunnat maksavat osuutensa saamansa työvoimapalvelujen valtionosuuden suhteessa. Talousarviossa voidaan ottaa huomioon enintään 95 % jäsenkuntien valtionosuudesta edellisen kevään ennakkolaskelman mukaan (Kymppi-kuntayhtymän perussopimus).",
      "Alustava talousarvio toimitetaan jäsenkunnille 31.8. mennessä ja hyväksytty talousarvio ja -suunnitelma 15.10. mennessä, vähintään kahden suunnitteluvuoden arvioineen.",
      "Kirjoita Talousarvio-välilehdelle talousarviovuosi (suunnitteluvuodet seuraavat sitä), jäsenkuntien valtionosuudet ja kunkin vuoden talousarvio. Vihreät solut: katto, kattovara ja jäsenkuntien maksut sentilleen. Jos talousarvio ylittää katon, maksusolut näyttävät virheen, jonka viesti kertoo molemmat luvut. Kaikki kolme vuotta lasketaan samoilla valtionosuuksilla; vuosittain muuttuville valtionosuuksille on malli Kuntayhtymän talousarvio ja suunnitelma 3 v (taloussuunnitelma).",
    ],
    sv: [
      "Samkommunens medlemskommuner betalar sin andel i proportion till den statsandel för arbetskraftsservice de får. Budgeten får beakta högst 95 % av medlemskommunernas statsandel enligt förra vårens preliminära kalkyl (grundavtalet för samkommunen Kymppi).",
      "Den preliminära budgeten skickas till medlemskommunerna senast 31.8 och den godkända budgeten och planen senast 15.10, med uppskattningar för minst två planeringsår.",
      "Skriv in budgetåret (planeringsåren följer det), medlemskommunernas statsandelar och budgeten för varje år på fliken Budget. Gröna celler: taket, marginalen och medlemskommunernas avgifter på centen. Om budgeten överskrider taket visar avgiftscellerna ett fel vars meddelande anger båda beloppen. Alla tre åren räknas med samma statsandelar; för statsandelar som ändras från år till år finns mallen Samkommunens budget och plan för 3 år (taloussuunnitelma).",
    ],
  },
  sheets: [
    {
      name: { fi: "Talousarvio", sv: "Budget" },
      columns: [24, 18, 18, 18, 18],
      cells: [
        {
          ref: "A1",
          value: { fi: "Kuntayhtymän talousarvio", sv: "Samkommunens budget" },
          style: "title",
        },
        ...labelled(
          2,
          { fi: "Talousarviovuosi", sv: "Budgetår" },
          { value: 2026, style: "example", format: "year", source: BUDGET }
        ),
        ...labelled(
          3,
          { fi: "Kattosuhde", sv: "Takets andel" },
          { value: 0.95, style: "input", format: "share", source: CAP }
        ),
        ...headers(5, "A", [{ fi: "Vuosi", sv: "År" }]),
        // The budget year and the two planning years after it, as formulas of B2.
        { ref: "B5", formula: f("REF", "$B$2"), style: "header", format: "year" },
        { ref: "C5", formula: f("SUM", "B5", 1), style: "header", format: "year" },
        { ref: "D5", formula: f("SUM", "C5", 1), style: "header", format: "year" },
        {
          ref: "A6",
          value: { fi: "Talousarvio € (syöttö)", sv: "Budget € (inmatning)" },
          style: "label",
        },
        ...column("B", 6, [6500000], "example", "eur", BUDGET),
        ...column("C", 6, [6630000], "example", "eur", BUDGET),
        ...column("D", 6, [6700000], "example", "eur", BUDGET),
        ...labelled(
          7,
          { fi: "Maksukatto €", sv: "Avgiftstak €" },
          { formula: f("PAYMENTCAP", "B11:B20", "B3"), format: "eur" }
        ),
        { ref: "C7", formula: f("PAYMENTCAP", "B11:B20", "B3"), format: "eur" },
        { ref: "D7", formula: f("PAYMENTCAP", "B11:B20", "B3"), format: "eur" },
        ...labelled(
          8,
          { fi: "Kattovara €", sv: "Marginal €" },
          { formula: f("CAPHEADROOM", "B6", "B11:B20", "B3"), format: "eur" }
        ),
        { ref: "C8", formula: f("CAPHEADROOM", "C6", "B11:B20", "B3"), format: "eur" },
        { ref: "D8", formula: f("CAPHEADROOM", "D6", "B11:B20", "B3"), format: "eur" },
        ...headers(10, "A", [
          { fi: "Jäsenkunta (syöttö)", sv: "Medlemskommun (inmatning)" },
          { fi: "Valtionosuus € (syöttö)", sv: "Statsandel € (inmatning)" },
          { fi: "Maksu, talousarviovuosi €", sv: "Avgift, budgetår €" },
          { fi: "Maksu, suunnitteluvuosi 1 €", sv: "Avgift, planeringsår 1 €" },
          { fi: "Maksu, suunnitteluvuosi 2 €", sv: "Avgift, planeringsår 2 €" },
        ]),
        ...column("A", 11, MEMBERS, "example", undefined, CONSTRUCTED),
        ...column("B", 11, SUBSIDIES, "example", "eur", CONSTRUCTED),
        { ref: "C11", formula: f("MEMBERPAYMENTS", "B6", "B11:B20", "B3"), format: "eur" },
        { ref: "D11", formula: f("MEMBERPAYMENTS", "C6", "B11:B20", "B3"), format: "eur" },
        { ref: "E11", formula: f("MEMBERPAYMENTS", "D6", "B11:B20", "B3"), format: "eur" },
        { ref: "A21", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        { ref: "B21", formula: f("SUM", "B11:B20"), format: "eur" },
        { ref: "C21", formula: f("SUM", "C11:C20"), format: "eur" },
        { ref: "D21", formula: f("SUM", "D11:D20"), format: "eur" },
        { ref: "E21", formula: f("SUM", "E11:E20"), format: "eur" },
      ],
      charts: [
        {
          kind: "bar",
          title: {
            fi: "Jäsenkuntien maksut, talousarviovuosi (€)",
            sv: "Medlemskommunernas avgifter, budgetår (€)",
          },
          categories: "A11:A20",
          series: [{ name: { fi: "Maksu €", sv: "Avgift €" }, values: "C11:C20" }],
          from: "G3",
          to: "O22",
        },
      ],
    },
  ],
};
