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
      fi: "Tulos: TYOALUE-kaava, älä kirjoita päälle.",
      sv: "Resultat: TYOALUE-formel, skriv inte över.",
    },
  },
];

/**
 * What a reader without the add-in sees. LibreOffice (7.4, tried headless) keeps the cached
 * number or text of a formula it cannot compute, but recalculates cached TRUE/FALSE results
 * (`t="b"`) and every array (spilled) formula, dynamic or legacy, to #NAME?: no way of
 * writing them keeps both Excel's types and LibreOffice's display, so the sheet does not
 * promise it and points to `tyoalue snapshot` instead.
 */
const NO_ADDIN: Text = {
  fi: "Ilman Työllisyysalue-apuohjelmaa Excel näyttää kaavojen viimeksi lasketut arvot mutta ei laske niitä uudelleen. Muut taulukko-ohjelmat, kuten LibreOffice, näyttävät kyllä/ei-tulosten ja usealle riville levittyvien tulosten tilalla virheen #NAME?. Jos työkirja luetaan ilman apuohjelmaa, tee siitä arvoiksi muutettu kopio: tyoalue snapshot <työkirja.xlsx> <kopio.xlsx> tai tehtäväruudun Mallipohjat-välilehden painikkeella Korvaa TYOALUE-kaavat arvoilla. Apuohjelma avautuu tehtäväruutuun, kun työkirja avataan Excelissä.",
  sv: "Utan tillägget Työllisyysalue visar Excel formlernas senast beräknade värden men räknar inte om dem. Andra kalkylprogram, till exempel LibreOffice, visar felet #NAME? i stället för ja/nej-resultat och resultat som sprids över flera rader. Om arbetsboken ska läsas utan tillägget, gör en kopia med värden: tyoalue snapshot <arbetsbok.xlsx> <kopia.xlsx> eller knappen Ersätt TYOALUE-formler med värden på fliken Mallar i åtgärdsfönstret. Tillägget öppnas i åtgärdsfönstret när arbetsboken öppnas i Excel.",
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
