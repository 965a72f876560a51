import type { TemplateSpec, Text } from "../spec";
import { column, f, headers, labelled } from "./helpers";
import { KYMPPI_LABOUR_FORCE, KYMPPI_MEMBERS } from "./kymppi";

const MEMBERS = KYMPPI_MEMBERS;
/** Constructed per-municipality figures that add up to the Kymppi plan's 28 616 (June 2023). */
const LABOUR_FORCE = KYMPPI_LABOUR_FORCE;
/** Projection rows: year 0 (the figures' own year) and 25 years after it. */
const YEARS = Array.from({ length: 26 }, (_, i) => i);

const KYMPPI: Text = {
  fi: "Esimerkki. Jäsenkunnat: Kuntayhtymä Kympin perussopimus (25.9.2023) 2 §. Kymppi-alueen järjestämissuunnitelma: työvoima 28 616 (kesäkuu 2023). Kuntakohtaiset luvut on muodostettu havainnollistamiseksi niin, että summa on 28 616; korvaa ne kuntien omilla luvuilla.",
  sv: "Exempel. Medlemskommunerna: grundavtalet för samkommunen Kymppi (25.9.2023) 2 §. Kymppi-områdets organiseringsplan: arbetskraft 28 616 (juni 2023). Siffrorna per kommun är konstruerade för illustration så att summan blir 28 616; ersätt dem med kommunernas egna siffror.",
};
const DECLINE: Text = {
  fi: "Esimerkki. Kymppi-alueen suunnitelma: työvoima on vähentynyt 1,2–2 % vuodessa; tässä −1,4 %.",
  sv: "Exempel. Kymppi-områdets plan: arbetskraften har minskat med 1,2–2 % per år; här −1,4 %.",
};
const AS_OF: Text = {
  fi: "Esimerkki. Kymppi-alueen järjestämissuunnitelman työvoima 28 616 on kesäkuulta 2023. Ennusteen ensimmäinen vuosi on lukujen vuosi.",
  sv: "Exempel. Arbetskraften 28 616 i Kymppi-områdets organiseringsplan är från juni 2023. Prognosens första år är siffrornas år.",
};
const LAW: Text = {
  fi: "Laki 380/2023: työvoima vähintään 20 000.",
  sv: "Lag 380/2023: arbetskraft minst 20 000.",
};

/** Forming an employment area: members, labour force, the 20 000 rule, contiguity, projection. */
export const areaTemplate: TemplateSpec = {
  name: "tyollisyysalue",
  title: {
    fi: "Työllisyysalueen muodostaminen",
    sv: "Att bilda ett sysselsättningsområde",
    en: "Forming an employment area",
  },
  description: {
    fi: "Jäsenkunnat, työvoima, 20 000 hengen vaatimus, alueen yhtenäisyys ja työvoimaennuste.",
    sv: "Medlemskommuner, arbetskraft, kravet på 20 000 personer, områdets sammanhang och prognos.",
    en: "Members, labour force, the 20 000 rule, contiguity and a labour-force projection.",
  },
  instructions: {
    fi: [
      "Tällä työkirjalla tarkistat, täyttääkö kuntien muodostama alue työllisyysalueen edellytykset (laki 380/2023): työvoimaa vähintään 20 000 ja jäsenkunnat maantieteellisesti yhtenäinen alue.",
      "Kirjoita Alue-välilehdelle jäsenkuntien nimet (tai kuntanumerot) ja työvoima. Oranssit solut ovat esimerkkejä: Kymppi-kuntayhtymän kymmenen jäsenkuntaa, joiden yhteenlaskettu työvoima on alueen suunnitelmassa mainittu 28 616 (kuntakohtaiset luvut on muodostettu havainnollistamiseksi).",
      "Vihreät solut lasketaan TYOALUE-funktioilla: työvoima yhteensä, täyttyykö vaatimus, vaje, yhtenäisyys, kuinka monta vuotta alue pysyy vaatimuksen yläpuolella ja vuosittainen ennuste, jonka vuodet alkavat työvoimalukujen vuodesta.",
      "Kuntarajat: Tilastokeskus, kuntajako 2025, CC BY 4.0.",
    ],
    sv: [
      "Med den här arbetsboken kontrollerar du om ett område som kommunerna bildar uppfyller villkoren för ett sysselsättningsområde (lag 380/2023): en arbetskraft på minst 20 000 och medlemskommuner som bildar ett geografiskt sammanhängande område.",
      "Skriv in medlemskommunernas namn (eller kommunnummer) och arbetskraft på fliken Område. Orange celler är exempel: samkommunen Kymppis tio medlemskommuner, vars sammanlagda arbetskraft är de 28 616 som anges i områdets plan (siffrorna per kommun är konstruerade för illustration).",
      "Gröna celler beräknas med TYOALUE-funktioner: total arbetskraft, om kravet uppfylls, underskott, sammanhang, hur många år området ligger över kravet och en årlig prognos vars år börjar med arbetskraftssiffrornas år.",
      "Kommungränser: Statistikcentralen, kommunindelning 2025, CC BY 4.0.",
    ],
  },
  sheets: [
    {
      name: { fi: "Alue", sv: "Område" },
      columns: [34, 22, 20],
      cells: [
        { ref: "A1", value: { fi: "Työllisyysalue", sv: "Sysselsättningsområde" }, style: "title" },
        ...headers(3, "A", [
          { fi: "Jäsenkunta (syöttö)", sv: "Medlemskommun (inmatning)" },
          { fi: "Työvoima (syöttö)", sv: "Arbetskraft (inmatning)" },
        ]),
        ...column("A", 4, MEMBERS, "example", undefined, KYMPPI),
        ...column("B", 4, LABOUR_FORCE, "example", "int", KYMPPI),
        ...labelled(
          15,
          { fi: "Työvoima yhteensä", sv: "Arbetskraft totalt" },
          { formula: f("LABOURFORCE", "B4:B13"), format: "int" }
        ),
        ...labelled(
          16,
          { fi: "Vähimmäistyövoima", sv: "Minsta arbetskraft" },
          { value: 20000, style: "input", format: "int", source: LAW }
        ),
        ...labelled(
          17,
          { fi: "Täyttää vaatimuksen", sv: "Uppfyller kravet" },
          { formula: f("MEETSMINIMUM", "B4:B13", "B16") }
        ),
        ...labelled(
          18,
          { fi: "Vaje (henkeä)", sv: "Underskott (personer)" },
          { formula: f("SHORTFALL", "B4:B13", "B16"), format: "int" }
        ),
        ...labelled(
          19,
          { fi: "Yhtenäinen alue", sv: "Sammanhängande område" },
          { formula: f("CONTIGUOUS", "A4:A13") }
        ),
        ...labelled(
          20,
          { fi: "Työvoimaluvut vuodelta", sv: "Arbetskraftssiffror från år" },
          { value: 2023, style: "example", format: "year", source: AS_OF }
        ),
        ...labelled(
          21,
          { fi: "Työvoiman vuosimuutos", sv: "Årlig förändring av arbetskraften" },
          { value: -0.014, style: "example", format: "pct", source: DECLINE }
        ),
        ...labelled(
          22,
          { fi: "Ennustevuosia", sv: "Prognosår" },
          { value: 25, style: "input", format: "int" }
        ),
        ...labelled(
          23,
          { fi: "Vuosia vaatimuksen yläpuolella", sv: "År över kravet" },
          { formula: f("YEARSABOVEMINIMUM", "B15", "B21", "B16"), format: "int" }
        ),
        ...headers(25, "A", [
          { fi: "Vuosi", sv: "År" },
          { fi: "Työvoimaennuste", sv: "Arbetskraftsprognos" },
          { fi: "Vähimmäistyövoima", sv: "Minsta arbetskraft" },
        ]),
        { ref: "A26", formula: f("REF", "$B$20"), format: "year" },
        ...YEARS.slice(1).map((y) => ({
          ref: `A${26 + y}`,
          formula: f("SUM", `A${25 + y}`, 1),
          format: "year" as const,
        })),
        { ref: "B26", formula: f("PROJECTLABOURFORCE", "B15", "B21", "B22"), format: "int" },
        ...YEARS.map((y) => ({
          ref: `C${26 + y}`,
          formula: f("REF", "$B$16"),
          format: "int" as const,
        })),
      ],
      charts: [
        {
          kind: "line",
          title: {
            fi: "Työvoimaennuste ja vähimmäistyövoima",
            sv: "Arbetskraftsprognos och minsta arbetskraft",
          },
          categories: "A26:A51",
          series: [
            { name: { fi: "Työvoimaennuste", sv: "Arbetskraftsprognos" }, values: "B26:B51" },
            { name: { fi: "Vähimmäistyövoima", sv: "Minsta arbetskraft" }, values: "C26:C51" },
          ],
          from: "E3",
          to: "M22",
        },
      ],
    },
  ],
};
