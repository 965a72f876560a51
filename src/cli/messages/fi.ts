import type { CliMessageId } from "./en";

/** The CLI's runtime messages in Finnish (same ids and placeholders as `en`). */
export const fi: Record<CliMessageId, string> = {
  "output.isInput": "{path} on syötetiedosto: lisää --in-place, jos haluat korvata sen",
  "usage.missingArgument": "virhe: pakollinen argumentti '{name}' puuttuu",
  "usage.optionArgument": "virhe: valitsimen '{option}' argumentti puuttuu",
  "usage.unknownOption": "virhe: tuntematon valitsin '{option}'",
  "usage.unknownCommand": "virhe: tuntematon komento '{command}'",
  "usage.tooManyArguments":
    "virhe: liikaa argumentteja komennolle '{command}': odotettiin {expected}, annettiin {got}",
  "usage.didYouMean": "(Tarkoititko {suggestion}?)",
  "write.failed": "{path}: kirjoittaminen ei onnistu ({why})",
  "file.missing": "{path}: tiedostoa ei ole",
  "file.unreadable": "{path}: lukeminen ei onnistu ({why})",
  "file.notAFile": "{path}: ei ole tiedosto",
  "file.tooLarge": "{path}: torjuttu: levyllä {size} MiB (raja {limit} MiB)",
  "kind.encrypted":
    "{path}: salasanalla suojattu (salattu) työkirja: avaa se Excelissä ja tallenna se ilman salasanaa",
  "kind.xls":
    "{path}: vanhamuotoinen .xls-työkirja (binäärinen): tallenna se Excelissä .xlsx-muodossa",
  "kind.ods": "{path}: OpenDocument-laskentataulukko (.ods): tallenna se .xlsx-muodossa",
  "kind.xlsb": "{path}: binäärinen .xlsb-työkirja: tallenna se Excelissä .xlsx-muodossa",
  "kind.notZip": "{path}: ei ole .xlsx-työkirja (ei ole zip-tiedosto)",
  "zip.noDirectory": "{path}: työkirjaa ei voi lukea (zip-hakemisto puuttuu)",
  "zip.tooManyEntries": "{path}: torjuttu: zip-paketissa {count} osaa (raja {limit})",
  "zip.tooLarge":
    "{path}: torjuttu: purettuna {size} MiB (rajat {limit} MiB yhteensä, {partLimit} MiB osaa kohden)",
  "workbook.damaged": "{path}: työkirjaa ei voi lukea ({detail})",
  "workbook.damagedSheet": "{path}: työkirjaa ei voi lukea ({sheet}: {detail})",
  "workbook.noWorkbookPart": "{path}: työkirjaa ei voi lukea (xl/workbook.xml puuttuu)",
  "workbook.noWorksheets": "{path}: työkirjassa ei ole laskentataulukoita",
  "workbook.missingPart": "{path}: paketista puuttuu osa {part}",
  "workbook.cannotCompute": "{path}: työkirjaa ei voi laskea ({detail})",
  "sheet.tooManyRows":
    "{sheet}: {rows} riviä; Excel ja laskin käsittelevät enintään {max} riviä taulukkoa kohden",
  "formula.tooDeep":
    "{cell}: kaavan sulkeet ovat {depth} tasoa sisäkkäin (laskin laskee enintään {max} tasoa; Excel sallii 64 sisäkkäistä funktiota)",
  "formula.tooLong": "{cell}: kaava on {length} merkkiä pitkä (Excelin raja on {max})",
  "formula.definedName":
    "{cell}: käyttää määritettyä nimeä {name}, jota laskin ei osaa laskea (se kirjoittaisi #NAME?)",
  "calc.circular": "{cell}: kehäviittaus (kirjoitetaan arvona 0, kuten Excel sen näyttää)",
  "calc.spillBlocked": "Levittyvän tuloksen alue ei ole tyhjä",
  "check.difference": "{cell}: tallennettu {cached}, uudelleenlaskettu {recalculated}",
  "check.summary": "Uudelleenlaskennasta poikkeavia kaavasoluja: {differ}/{total}",
  "snapshot.stale":
    "{path}: vanhentuneita tallennettuja arvoja: {count} ({cells}); aja ensin calc --out tai lisää --recalculate, niin uudelleenlasketut arvot jäädytetään",
  "snapshot.more": "{cells} ja {more} muuta",
  "snapshot.done": "TYOALUE-kaavoja korvattu arvoillaan: {count} → {path}",
};
