import type { CliLanguage } from "./cliLanguage";

/** Every text of the CLI's help, in the three languages. */
export interface CliTexts {
  readonly program: string;
  readonly calc: string;
  readonly workbook: string;
  readonly json: string;
  readonly check: string;
  readonly out: string;
  readonly inPlace: string;
  readonly quiet: string;
  readonly snapshot: string;
  readonly snapshotIn: string;
  readonly snapshotOut: string;
  readonly recalculate: string;
  readonly help: string;
  readonly version: string;
  readonly exits: string;
  /** The words of the usage lines: `tyoalue [options] [command]`. */
  readonly options: string;
  readonly command: string;
  readonly titles: Readonly<Record<string, string>>;
}

const en: CliTexts = {
  program: "Työllisyysalue: compute workbooks that use the TYOALUE functions, without Excel",
  calc: "recalculate a workbook (TYOALUE functions in either form, plus Excel's built-ins)",
  workbook: "the workbook to compute (.xlsx or .xlsm)",
  json: 'print {"Sheet!A1": value} for every formula cell (spills as rows, errors as {"error","message"})',
  check: "list the cells whose cached value differs from recalculation; exit status 1 if any",
  out: "write the workbook with refreshed cached values (nothing else in the file changes)",
  inPlace: "allow the output to be the input file",
  quiet: "print nothing but the requested output and errors",
  snapshot: "replace every TYOALUE formula by its value, for recipients without the add-in",
  snapshotIn: "the workbook to read (.xlsx or .xlsm)",
  snapshotOut: "the workbook to write; written whole or not at all",
  recalculate: "freeze recalculated values even where the cached ones are stale",
  help: "display help for command",
  version: "output the version number",
  exits:
    "Exit status: 0 done, 1 differences found (or stale values refused), 2 unreadable, refused or unwritable file, 64 wrong usage.",
  options: "options",
  command: "command",
  titles: {},
};

const fi: CliTexts = {
  program: "Työllisyysalue: laske TYOALUE-funktioita käyttävät työkirjat ilman Exceliä",
  calc: "laske työkirja uudelleen (TYOALUE-funktiot kummassakin muodossa sekä Excelin omat funktiot)",
  workbook: "laskettava työkirja (.xlsx tai .xlsm)",
  json: 'tulosta {"Taulukko!A1": arvo} jokaisesta kaavasolusta (levittyvät tulokset riveinä, virheet {"error","message"})',
  check:
    "luettele solut, joiden tallennettu arvo poikkeaa uudelleenlasketusta; paluuarvo 1, jos niitä on",
  out: "kirjoita työkirja päivitetyin tallennetuin arvoin (muu tiedoston sisältö ei muutu)",
  inPlace: "salli tulostiedostoksi syötetiedosto itse",
  quiet: "tulosta vain pyydetty tulos ja virheet",
  snapshot: "korvaa jokainen TYOALUE-kaava arvollaan vastaanottajille, joilla ei ole apuohjelmaa",
  snapshotIn: "luettava työkirja (.xlsx tai .xlsm)",
  snapshotOut: "kirjoitettava työkirja; kirjoitetaan kokonaan tai ei lainkaan",
  recalculate: "jäädytä uudelleenlasketut arvot silloinkin, kun tallennetut ovat vanhentuneita",
  help: "näytä komennon ohje",
  version: "näytä versionumero",
  exits:
    "Paluuarvo: 0 valmis, 1 eroja löytyi (tai vanhentuneet arvot torjuttiin), 2 tiedostoa ei voi lukea tai kirjoittaa tai se torjuttiin, 64 väärä käyttö.",
  options: "valitsimet",
  command: "komento",
  titles: {
    "Usage:": "Käyttö:",
    "Options:": "Valitsimet:",
    "Commands:": "Komennot:",
    "Arguments:": "Argumentit:",
  },
};

const sv: CliTexts = {
  program: "Työllisyysalue: beräkna arbetsböcker som använder TYOALUE-funktionerna, utan Excel",
  calc: "räkna om en arbetsbok (TYOALUE-funktionerna i båda formerna samt Excels egna funktioner)",
  workbook: "arbetsboken som ska beräknas (.xlsx eller .xlsm)",
  json: 'skriv ut {"Blad!A1": värde} för varje formelcell (spill som rader, fel som {"error","message"})',
  check:
    "lista cellerna vars sparade värde skiljer sig från omräkningen; slutstatus 1 om det finns sådana",
  out: "skriv arbetsboken med uppdaterade sparade värden (inget annat i filen ändras)",
  inPlace: "tillåt att utfilen är indatafilen",
  quiet: "skriv bara ut det begärda resultatet och fel",
  snapshot: "ersätt varje TYOALUE-formel med sitt värde, för mottagare utan tillägget",
  snapshotIn: "arbetsboken som ska läsas (.xlsx eller .xlsm)",
  snapshotOut: "arbetsboken som ska skrivas; skrivs helt eller inte alls",
  recalculate: "frys omräknade värden även där de sparade är inaktuella",
  help: "visa hjälp för kommandot",
  version: "visa versionsnumret",
  exits:
    "Slutstatus: 0 klart, 1 skillnader hittades (eller inaktuella värden avvisades), 2 filen kan inte läsas eller skrivas eller avvisades, 64 felaktig användning.",
  options: "alternativ",
  command: "kommando",
  titles: {
    "Usage:": "Användning:",
    "Options:": "Alternativ:",
    "Commands:": "Kommandon:",
    "Arguments:": "Argument:",
  },
};

/** The CLI's texts in a language. */
export const cliTexts = (lang: CliLanguage): CliTexts => ({ en, fi, sv })[lang];
