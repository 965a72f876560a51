import type { CliMessageId } from "./en";

/** The CLI's runtime messages in Swedish (same ids and placeholders as `en`). */
export const sv: Record<CliMessageId, string> = {
  "output.isInput": "{path} är indatafilen: lägg till --in-place för att skriva över den",
  "usage.missingArgument": "fel: det obligatoriska argumentet '{name}' saknas",
  "usage.optionArgument": "fel: argumentet till alternativet '{option}' saknas",
  "usage.unknownOption": "fel: okänt alternativ '{option}'",
  "usage.unknownCommand": "fel: okänt kommando '{command}'",
  "usage.tooManyArguments":
    "fel: för många argument till '{command}': {expected} förväntades, {got} gavs",
  "usage.didYouMean": "(Menade du {suggestion}?)",
  "write.failed": "{path}: kan inte skrivas ({why})",
  "file.missing": "{path}: filen finns inte",
  "file.unreadable": "{path}: kan inte läsas ({why})",
  "file.notAFile": "{path}: är inte en fil",
  "file.tooLarge": "{path}: avvisad: {size} MiB på disken (gräns {limit} MiB)",
  "kind.encrypted":
    "{path}: en lösenordsskyddad (krypterad) arbetsbok: öppna den i Excel och spara den utan lösenord",
  "kind.xls": "{path}: en äldre .xls-arbetsbok (binär): spara den som .xlsx i Excel",
  "kind.ods": "{path}: ett OpenDocument-kalkylblad (.ods): spara det som .xlsx",
  "kind.xlsb": "{path}: en binär .xlsb-arbetsbok: spara den som .xlsx i Excel",
  "kind.notZip": "{path}: inte en .xlsx-arbetsbok (inte en zip-fil)",
  "zip.noDirectory": "{path}: arbetsboken kan inte läsas (zip-katalogen saknas)",
  "zip.tooManyEntries": "{path}: avvisad: {count} zip-poster (gräns {limit})",
  "zip.tooLarge":
    "{path}: avvisad: den skulle packas upp till {size} MiB (gränser {limit} MiB totalt, {partLimit} MiB per del)",
  "workbook.damaged": "{path}: arbetsboken kan inte läsas ({detail})",
  "workbook.damagedSheet": "{path}: arbetsboken kan inte läsas ({sheet}: {detail})",
  "workbook.noWorkbookPart": "{path}: arbetsboken kan inte läsas (xl/workbook.xml saknas)",
  "workbook.noWorksheets": "{path}: arbetsboken har inga kalkylblad",
  "workbook.missingPart": "{path}: paketet saknar delen {part}",
  "workbook.cannotCompute": "{path}: arbetsboken kan inte beräknas ({detail})",
  "sheet.tooManyRows":
    "{sheet}: {rows} rader; Excel och kalkylatorn hanterar högst {max} rader per blad",
  "formula.tooDeep":
    "{cell}: formelns parenteser är kapslade {depth} nivåer djupt (kalkylatorn beräknar högst {max}; Excel tillåter 64 kapslade funktioner)",
  "formula.tooLong": "{cell}: formeln är {length} tecken lång (Excels gräns är {max})",
  "formula.definedName":
    "{cell}: använder det definierade namnet {name}, som kalkylatorn inte kan beräkna (den skulle skriva #NAME?)",
  "calc.circular": "{cell}: cirkelreferens (skrivs som 0, så som Excel visar den)",
  "calc.spillBlocked": "Spillområdet är inte tomt",
  "check.difference": "{cell}: sparat {cached}, omräknat {recalculated}",
  "check.summary": "{differ} av {total} formelceller skiljer sig från omräkningen",
  "snapshot.stale":
    "{path}: {count} sparade värden är inaktuella ({cells}); kör calc --out först, eller lägg till --recalculate för att frysa de omräknade värdena",
  "snapshot.more": "{cells} och {more} till",
  "snapshot.done": "ersatte {count} TYOALUE-formler med sina värden → {path}",
};
