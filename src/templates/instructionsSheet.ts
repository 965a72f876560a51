import type ExcelJS from "exceljs";
import { headerFooter, pageSetup } from "./pageLayout";
import { rowHeight, wrappedLines } from "./rowHeights";
import { localize, type Lang, type TemplateSpec, type Text } from "./spec";
import { CELL_STYLES } from "./styles";

/** Name of the first sheet of every template. */
export const INSTRUCTIONS_NAME: Text = { fi: "Ohjeet", sv: "Anvisningar" };

const LEGEND: readonly { style: "input" | "example" | "result"; text: Text }[] = [
  {
    style: "input",
    text: {
      fi: "Syöttösolu: kirjoita oma lukusi tähän.",
      sv: "Inmatningscell: skriv in din egen siffra här.",
    },
  },
  {
    style: "example",
    text: {
      fi: "Esimerkkiluku: korvaa omalla luvullasi. Solun huomautus kertoo luvun lähteen.",
      sv: "Exempelsiffra: ersätt med din egen siffra. Cellens anteckning anger källan.",
    },
  },
  {
    style: "result",
    text: {
      fi: "Tulos: TYOALUE-kaava, älä kirjoita päälle. Tallennettu arvo näkyy ilman apuohjelmaakin.",
      sv: "Resultat: TYOALUE-formel, skriv inte över. Det sparade värdet syns även utan tillägget.",
    },
  },
];

const NO_ADDIN: Text = {
  fi: "Ilman Työllisyysalue-apuohjelmaa kaavat näyttävät viimeksi lasketut arvot mutta eivät laske uudelleen. Apuohjelma avautuu tehtäväruutuun, kun työkirja avataan Excelissä.",
  sv: "Utan tillägget Työllisyysalue visar formlerna de senast beräknade värdena men räknas inte om. Tillägget öppnas i åtgärdsfönstret när arbetsboken öppnas i Excel.",
};

/** Width of the text column, in characters: a portrait A4 page at about 100 % scale. */
const TEXT_WIDTH = 90;

/** Writes the instructions sheet: title, the template's paragraphs, and the colour legend. */
export function addInstructionsSheet(wb: ExcelJS.Workbook, spec: TemplateSpec, lang: Lang): void {
  const ws = wb.addWorksheet(localize(INSTRUCTIONS_NAME, lang), {
    headerFooter: headerFooter(spec, lang),
  });
  ws.columns = [{ width: 4 }, { width: TEXT_WIDTH }];
  let row = 1;
  const put = (text: string, style: keyof typeof CELL_STYLES) => {
    const cell = ws.getCell(row, 2);
    cell.value = text;
    cell.style = CELL_STYLES[style];
    const height = rowHeight(wrappedLines(text, TEXT_WIDTH));
    if (height) ws.getRow(row).height = height;
    row++;
  };
  put(spec.title[lang], "title");
  row++;
  for (const p of spec.instructions[lang]) put(p, "label");
  row++;
  for (const item of LEGEND) {
    ws.getCell(row, 1).style = CELL_STYLES[item.style];
    put(localize(item.text, lang), "label");
  }
  row++;
  put(localize(NO_ADDIN, lang), "note");
  ws.pageSetup = pageSetup("portrait", `A1:B${row - 1}`, 0);
}
