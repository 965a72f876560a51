import type { Language } from "../i18n/language";

/** The Templates view's texts in the three UI languages. */
export interface TemplatesStrings {
  readonly heading: string;
  readonly intro: string;
  readonly languageLabel: string;
  readonly langFi: string;
  readonly langSv: string;
  readonly insert: string;
  readonly openNew: string;
  readonly download: string;
  readonly downloaded: string;
  readonly working: string;
  readonly inserted: string;
  readonly opened: string;
  readonly failed: string;
  readonly snapshotHeading: string;
  readonly snapshotIntro: string;
  readonly snapshot: string;
  readonly snapshotConfirm: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly snapshotDone: string;
  readonly noteSheet: string;
  readonly noteText: string;
  readonly previewNoOpen: string;
}

const fi: TemplatesStrings = {
  heading: "Mallipohjat",
  intro: "Valmiit työkirjat kouluttajille ja kunnille: ohjeet, esimerkkiluvut ja TYOALUE-kaavat.",
  languageLabel: "Mallipohjan kieli",
  langFi: "suomi",
  langSv: "ruotsi",
  insert: "Lisää tähän työkirjaan",
  openNew: "Avaa uutena työkirjana",
  download: "Lataa (.xlsx)",
  downloaded: "Mallipohja ladattiin tiedostona {file}.",
  working: "Käsitellään…",
  inserted: "Lisätty välilehdet: {sheets}.",
  opened: "Mallipohja avattiin uutena työkirjana.",
  failed: "Ei onnistunut: {reason}",
  snapshotHeading: "Tilannekuva arvoina",
  snapshotIntro:
    "Korvaa Työllisyysalue-apuohjelman TYOALUE-kaavat kaikilla välilehdillä niiden nykyisillä arvoilla vastaanottajille, joilla ei ole apuohjelmaa. Muut kaavat säilyvät. Tätä ei voi perua: tallenna ensin kopio.",
  snapshot: "Korvaa TYOALUE-kaavat arvoilla",
  snapshotConfirm:
    "Korvataanko apuohjelman TYOALUE-kaavat kaikilla välilehdillä arvoillaan? Muut kaavat säilyvät. Tätä ei voi perua, joten tallenna ensin kopio.",
  confirm: "Korvaa",
  cancel: "Peruuta",
  snapshotDone:
    "TYOALUE-kaavoja korvattu arvoilla: {count}. Muut kaavat säilyivät. Huomautus on välilehdellä {sheet}.",
  noteSheet: "Arvot – Värden",
  previewNoOpen: "Esikatselussa ei voi avata uutta työkirjaa; lisää mallipohja tähän työkirjaan.",
  noteText:
    "Tämä työkirja on tilannekuva: Työllisyysalue-apuohjelman kaavat on korvattu niiden arvoilla. Luvut eivät enää päivity.",
};

const sv: TemplatesStrings = {
  heading: "Mallar",
  intro:
    "Färdiga arbetsböcker för utbildare och kommuner: anvisningar, exempelsiffror och TYOALUE-formler.",
  languageLabel: "Mallens språk",
  langFi: "finska",
  langSv: "svenska",
  insert: "Infoga i den här arbetsboken",
  openNew: "Öppna som ny arbetsbok",
  download: "Ladda ner (.xlsx)",
  downloaded: "Mallen laddades ner som {file}.",
  working: "Arbetar…",
  inserted: "Infogade blad: {sheets}.",
  opened: "Mallen öppnades som en ny arbetsbok.",
  failed: "Misslyckades: {reason}",
  snapshotHeading: "Ögonblicksbild som värden",
  snapshotIntro:
    "Ersätter tillägget Työllisyysalues TYOALUE-formler på alla blad med deras nuvarande värden, för mottagare utan tillägget. Andra formler behålls. Det går inte att ångra: spara en kopia först.",
  snapshot: "Ersätt TYOALUE-formler med värden",
  snapshotConfirm:
    "Ersätta tilläggets TYOALUE-formler på alla blad med deras värden? Andra formler behålls. Det går inte att ångra, så spara en kopia först.",
  confirm: "Ersätt",
  cancel: "Avbryt",
  snapshotDone:
    "TYOALUE-formler ersatta med värden: {count}. Andra formler behölls. En anteckning finns på bladet {sheet}.",
  noteSheet: "Arvot – Värden",
  previewNoOpen:
    "I förhandsvisningen går det inte att öppna en ny arbetsbok; infoga mallen i den här arbetsboken.",
  noteText:
    "Den här arbetsboken är en ögonblicksbild: formlerna från tillägget Työllisyysalue har ersatts med sina värden. Siffrorna uppdateras inte längre.",
};

const en: TemplatesStrings = {
  heading: "Templates",
  intro:
    "Ready-made workbooks for trainers and municipalities: instructions, example figures and TYOALUE formulas.",
  languageLabel: "Template language",
  langFi: "Finnish",
  langSv: "Swedish",
  insert: "Insert into this workbook",
  openNew: "Open as a new workbook",
  download: "Download (.xlsx)",
  downloaded: "The template was downloaded as {file}.",
  working: "Working…",
  inserted: "Inserted sheets: {sheets}.",
  opened: "The template was opened as a new workbook.",
  failed: "Did not work: {reason}",
  snapshotHeading: "Snapshot to values",
  snapshotIntro:
    "Replaces the Työllisyysalue add-in's TYOALUE formulas on every sheet with their current values, for recipients without the add-in. Other formulas stay. This cannot be undone: save a copy first.",
  snapshot: "Replace TYOALUE formulas with values",
  snapshotConfirm:
    "Replace the add-in's TYOALUE formulas on every sheet with their values? Other formulas stay. This cannot be undone, so save a copy first.",
  confirm: "Replace",
  cancel: "Cancel",
  snapshotDone:
    "TYOALUE formulas replaced with values: {count}. Other formulas were kept. A note is on the sheet {sheet}.",
  noteSheet: "Arvot – Värden",
  previewNoOpen:
    "The preview cannot open a new workbook; insert the template into this workbook instead.",
  noteText:
    "This workbook is a snapshot: the Työllisyysalue add-in's formulas were replaced by their values. The figures no longer update.",
};

export const TEMPLATES_STRINGS: Readonly<Record<Language, TemplatesStrings>> = { fi, sv, en };
