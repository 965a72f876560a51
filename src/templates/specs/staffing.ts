import type { TemplateSpec, Text } from "../spec";
import { column, f, headers, labelled } from "./helpers";

const KYMPPI: Text = {
  fi: "Kymppi-alueen suunnitelma: 3 762 työnhakijaa; asiakasmäärä 130–230 virkailijaa kohden, tavoite enintään 170 osaamispalveluissa ja 130 monialaisissa palveluissa.",
  sv: "Kymppi-områdets plan: 3 762 arbetssökande; 130–230 klienter per tjänsteman, målet högst 170 i kompetenstjänster och 130 i sektorsövergripande tjänster.",
};
const KOKKOLA: Text = {
  fi: "Kokkolan seudun kokeilu: 2 732 asiakasta (Kokkola 2 080, Kaustisen seutukunta 375, Kannus 185, Perho 92); 14,2 valtion ja 13,2 kunnan htv:tä.",
  sv: "Försöket i Karlebyregionen: 2 732 klienter (Karleby 2 080, Kaustby ekonomiska region 375, Kannus 185, Perho 92); 14,2 statliga och 13,2 kommunala årsverken.",
};
const UNITS: Text[] = [
  { fi: "Kokkola", sv: "Karleby" },
  { fi: "Kaustisen seutukunta", sv: "Kaustby ekonomiska region" },
  { fi: "Kannus", sv: "Kannus" },
  { fi: "Perho", sv: "Perho" },
];
const TARGETS: Text[] = [
  { fi: "Monialaiset palvelut", sv: "Sektorsövergripande tjänster" },
  { fi: "Osaamispalvelut", sv: "Kompetenstjänster" },
  {
    fi: "Suurin havaittu asiakasmäärä (vertailu)",
    sv: "Största observerade antal (jämförelse)",
  },
];

/** Staffing from caseload targets, and splitting FTE between municipalities by clients. */
export const staffingTemplate: TemplateSpec = {
  name: "henkilosto",
  title: {
    fi: "Henkilöstömitoitus asiakasmäärätavoitteista",
    sv: "Personaldimensionering utifrån klientmål",
    en: "Staffing from caseload targets",
  },
  description: {
    fi: "Tarvittavat henkilötyövuodet asiakasmäärätavoitteista ja henkilöstön jako kunnille asiakasmäärien mukaan.",
    sv: "Behövliga årsverken utifrån klientmålen och fördelningen av personalen på kommunerna enligt antalet klienter.",
    en: "FTE needed from caseload targets, and staff split between municipalities by their clients.",
  },
  instructions: {
    fi: [
      "Mitoitus-välilehden yläosa laskee, montako henkilötyövuotta (htv) asiakasmäärä vaatii eri tavoitteilla: asiakkaat jaettuna tavoitteella, pyöristettynä ylöspäin kokonaisiksi htv:iksi.",
      "Esimerkki on Kymppi-alueen suunnitelmasta: 3 762 työnhakijaa. Tavoitteella 130 tarvitaan 29 htv, joten siirtyvä noin 30 htv riittää.",
      "Alaosa jakaa henkilöstön kunnille asiakasmäärien mukaan 0,1 htv:n tarkkuudella (suurimmat jakojäännökset), esimerkkinä Kokkolan seudun kokeilu: 14,2 valtion ja 13,2 kunnan htv:tä 2 732 asiakkaalle.",
    ],
    sv: [
      "Den övre delen av fliken Dimensionering räknar hur många årsverken antalet klienter kräver med olika mål: klienterna delat med målet, avrundat uppåt till hela årsverken.",
      "Exemplet är från Kymppi-områdets plan: 3 762 arbetssökande. Med målet 130 behövs 29 årsverken, så de cirka 30 årsverken som överförs räcker.",
      "Den nedre delen fördelar personalen på kommunerna enligt antalet klienter med en noggrannhet på 0,1 årsverke (största resten), med försöket i Karlebyregionen som exempel: 14,2 statliga och 13,2 kommunala årsverken för 2 732 klienter.",
    ],
  },
  sheets: [
    {
      name: { fi: "Mitoitus", sv: "Dimensionering" },
      columns: [38, 16, 18, 16, 16],
      cells: [
        {
          ref: "A1",
          value: { fi: "Henkilöstömitoitus", sv: "Personaldimensionering" },
          style: "title",
        },
        ...headers(3, "A", [
          { fi: "Palvelulinja", sv: "Servicelinje" },
          { fi: "Asiakkaat (syöttö)", sv: "Klienter (inmatning)" },
          { fi: "Tavoite asiakasta/htv (syöttö)", sv: "Mål klienter/årsverke (inmatning)" },
          { fi: "Tarvittavat htv (tulos)", sv: "Behövliga årsverken (resultat)" },
        ]),
        ...column("A", 4, TARGETS, "label"),
        ...column("B", 4, [3762, 3762, 3762], "example", "int", KYMPPI),
        ...column("C", 4, [130, 170, 230], "example", "int", KYMPPI),
        { ref: "D4", formula: f("STAFFNEEDED", "B4:B6", "C4:C6"), format: "int" },
        ...labelled(
          8,
          { fi: "Siirtyvä henkilöstö, htv", sv: "Personal som överförs, årsverken" },
          { value: 30, style: "example", format: "fte", source: KYMPPI }
        ),
        ...labelled(
          9,
          { fi: "Asiakkaita htv:tä kohden", sv: "Klienter per årsverke" },
          { formula: f("CASELOAD", "B4", "B8"), format: "dec" }
        ),
        ...labelled(
          11,
          { fi: "Valtion htv jaettavana", sv: "Statliga årsverken att fördela" },
          { value: 14.2, style: "example", format: "fte", source: KOKKOLA }
        ),
        ...labelled(
          12,
          { fi: "Kunnan htv jaettavana", sv: "Kommunala årsverken att fördela" },
          { value: 13.2, style: "example", format: "fte", source: KOKKOLA }
        ),
        ...headers(14, "A", [
          { fi: "Kunta tai seutukunta", sv: "Kommun eller ekonomisk region" },
          { fi: "Asiakkaat (syöttö)", sv: "Klienter (inmatning)" },
          { fi: "Valtion htv (tulos)", sv: "Statliga årsverken (resultat)" },
          { fi: "Kunnan htv (tulos)", sv: "Kommunala årsverken (resultat)" },
          { fi: "Yhteensä htv (tulos)", sv: "Totalt årsverken (resultat)" },
        ]),
        ...column("A", 15, UNITS, "example", undefined, KOKKOLA),
        ...column("B", 15, [2080, 375, 185, 92], "example", "int", KOKKOLA),
        { ref: "C15", formula: f("STAFFALLOCATION", "B11", "B15:B18"), format: "fte" },
        { ref: "D15", formula: f("STAFFALLOCATION", "B12", "B15:B18"), format: "fte" },
        ...[15, 16, 17, 18].map((r) => ({
          ref: `E${r}`,
          formula: f("SUM", `C${r}:D${r}`),
          format: "fte" as const,
        })),
        { ref: "A19", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        { ref: "B19", formula: f("SUM", "B15:B18"), format: "int" },
        { ref: "C19", formula: f("SUM", "C15:C18"), format: "fte" },
        { ref: "D19", formula: f("SUM", "D15:D18"), format: "fte" },
        { ref: "E19", formula: f("SUM", "E15:E18"), format: "fte" },
      ],
      charts: [
        {
          kind: "bar",
          title: { fi: "Henkilöstö kunnittain (htv)", sv: "Personal per kommun (årsverken)" },
          categories: "A15:A18",
          series: [
            { name: { fi: "Valtion htv", sv: "Statliga årsverken" }, values: "C15:C18" },
            { name: { fi: "Kunnan htv", sv: "Kommunala årsverken" }, values: "D15:D18" },
          ],
          from: "G3",
          to: "O20",
        },
      ],
    },
  ],
};
