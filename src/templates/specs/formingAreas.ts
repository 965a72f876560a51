import type { TemplateSpec } from "../spec";
import { LABOUR_FORCE, REGION_MUNICIPALITIES, SUUPOHJA } from "./formingExample";
import { INSTRUCTIONS, LAW, MEMBERS, REGION } from "./formingTexts";
import { column, f, headers, labelled } from "./helpers";

/** Area rows of the summary: 86 616 people make at most four areas of 20 000; one spare. */
const AREA_ROWS = [1, 2, 3, 4, 5];

const TABLE = "$A$5:$A$21";
const FORCE = "$B$5:$B$21";
const AREAS = "$C$5:$C$21";

/** A region's municipalities → proposed employment areas, their totals, and members to add. */
export const formingAreasTemplate: TemplateSpec = {
  name: "aluejako",
  title: {
    fi: "Alueen muodostaminen",
    sv: "Bildande av område",
    en: "Forming areas from a region",
  },
  description: {
    fi: "Maakunnan kunnat jaettuna mahdollisimman moneen yhtenäiseen, 20 000 hengen vaatimuksen täyttävään alueeseen, sekä ehdotus lisäjäsenistä vajaalle alueelle.",
    sv: "Landskapets kommuner indelade i så många sammanhängande områden som möjligt som uppfyller kravet på 20 000 personer, och förslag på nya medlemmar för ett område som inte räcker till.",
    en: "A region's municipalities split into the most connected areas that meet the 20 000 rule, and the members to add to an area that falls short.",
  },
  instructions: INSTRUCTIONS,
  sheets: [
    {
      name: { fi: "Alueet", sv: "Områden" },
      columns: [24, 14, 22, 3, 10, 14, 12],
      cells: [
        {
          ref: "A1",
          value: { fi: "Alueen muodostaminen", sv: "Bildande av område" },
          style: "title",
        },
        ...labelled(
          2,
          { fi: "Vähimmäistyövoima", sv: "Minsta arbetskraft" },
          { value: 20000, style: "input", format: "int", source: LAW }
        ),
        ...headers(4, "A", [
          { fi: "Kunta (syöttö)", sv: "Kommun (inmatning)" },
          { fi: "Työvoima (syöttö)", sv: "Arbetskraft (inmatning)" },
          { fi: "Ehdotettu alue", sv: "Föreslaget område" },
        ]),
        ...column("A", 5, REGION_MUNICIPALITIES, "example", undefined, REGION),
        ...column("B", 5, LABOUR_FORCE, "example", "int", REGION),
        { ref: "C5", formula: f("FORMAREAS", "A5:A21", "B5:B21", "B2"), format: "int" },
        { ref: "A22", value: { fi: "Yhteensä", sv: "Totalt" }, style: "header" },
        { ref: "B22", formula: f("SUM", "B5:B21"), format: "int" },
        ...headers(4, "E", [
          { fi: "Alue", sv: "Område" },
          { fi: "Työvoima", sv: "Arbetskraft" },
          { fi: "Kuntia", sv: "Kommuner" },
        ]),
        ...AREA_ROWS.flatMap((n) => [
          { ref: `E${4 + n}`, value: n, style: "header" as const },
          {
            ref: `F${4 + n}`,
            formula: f("SUMIF", AREAS, `E${4 + n}`, FORCE),
            format: "int" as const,
          },
          { ref: `G${4 + n}`, formula: f("COUNTIF", AREAS, `E${4 + n}`), format: "int" as const },
        ]),
        { ref: "E10", value: { fi: "Alueita", sv: "Områden" }, style: "label" },
        { ref: "F10", formula: f("MAX", AREAS), format: "int" },
        ...headers(24, "A", [
          { fi: "Alueen jäsenet (syöttö)", sv: "Områdets medlemmar (inmatning)" },
          { fi: "Työvoima (taulukosta)", sv: "Arbetskraft (ur tabellen)" },
          { fi: "Ehdotetut lisäjäsenet", sv: "Föreslagna nya medlemmar" },
        ]),
        ...column("A", 25, SUUPOHJA, "example", undefined, MEMBERS),
        ...SUUPOHJA.map((_, i) => ({
          ref: `B${25 + i}`,
          formula: f("SUMIF", TABLE, `A${25 + i}`, FORCE),
          format: "int" as const,
        })),
        {
          ref: "C25",
          formula: f("SUGGESTMEMBERS", "A25:A29", "A5:A21", "B5:B21", "B2"),
          spill: true,
        },
        ...labelled(
          30,
          { fi: "Jäsenten työvoima", sv: "Medlemmarnas arbetskraft" },
          { formula: f("LABOURFORCE", "B25:B29"), format: "int" }
        ),
        ...labelled(
          31,
          { fi: "Vaje (henkeä)", sv: "Underskott (personer)" },
          { formula: f("SHORTFALL", "B25:B29", "B2"), format: "int" }
        ),
      ],
      charts: [
        {
          kind: "bar",
          title: {
            fi: "Ehdotettujen alueiden työvoima",
            sv: "Arbetskraften i de föreslagna områdena",
          },
          categories: "E5:E9",
          series: [{ name: { fi: "Työvoima", sv: "Arbetskraft" }, values: "F5:F9" }],
          from: "E12",
          to: "L32",
        },
      ],
    },
  ],
};
