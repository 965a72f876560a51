import type { Catalog } from "./en";

/** Swedish message templates (same keys as `en`). */
export const sv: Catalog = {
  "where.arg": "{arg}",
  "where.row": "rad {row} i {arg}",
  "where.cell": "rad {row}, kolumn {col} i {arg}",
  "cell.blank": "{where} är tom",
  "cell.text": '{where} är texten "{text}", inte ett tal',
  "cell.numberAsText": '{where} är talet "{text}" lagrat som text; skriv in det som ett tal',
  "cell.boolean": "{where} är det logiska värdet {text}, inte ett tal",
  "cell.error": "{where} innehåller felet {text}",
  "cell.notNumber": "{where} är inte ett tal",
  "cell.notName": "{where}: ange kommunens nummer eller namn",
  "shape.notLine": "{arg} måste vara en enda rad eller en enda kolumn (nu {rows} × {cols})",
  "shape.lengthMismatch": "{arg} och {other} är olika långa ({actual} och {expected} rader)",
  "shape.columns": "{arg} måste ha {expected} kolumner (nu {actual})",
  "shape.yearRow": "{arg} måste vara ett enda värde eller en rad med år (nu {rows} × {cols})",
  "shape.empty": "{arg} är tom",
  "shape.notScalar": "{arg} måste vara en enda cell",
  "count.negative": "{where} är negativ ({value}); ett antal måste vara 0 eller mer",
  "count.fractional": "{where} är {value}; ett antal måste vara ett heltal",
  "number.negative": "{where} får inte vara negativ (nu {value})",
  "number.notFinite": "{where} är inte ett ändligt tal",
  "number.notInteger": "{where} måste vara ett heltal (nu {value})",
  "number.tooLarge": "{where} är {value}; högst {max} är tillåtet",
  "ratio.aboveOne":
    "{where} är {value}, alltså över 1; andelar anges som decimaltal: menade du {hint} ({hintPct})?",
  "ratio.negative": "{where} är {value}; en andel måste ligga mellan 0 och 1",
  "change.tooLarge":
    "{where} är {value}; den årliga förändringen anges som decimaltal mellan −1 och 1: menade du {hint} ({hintPct})?",
  "change.belowMinusOne":
    "{where} är {value}; arbetskraften kan inte minska med mer än 100 % per år",
  "positive.notPositive": "{where} måste vara större än 0 (nu {value})",
  "weights.allZero": "{where}: alla värden är noll, så det finns ingen fördelningsgrund",
  "weights.sumNotOne": "{arg}: vikterna summerar till {sum}, inte 1",
  "steps.notWhole": "{where} ({value}) är inte en hel multipel av steget {step}",
  "money.fractionOfCent":
    "{where} ({value}) innehåller bråkdelar av en cent; avrunda till hela cent",
  "cap.exceeded":
    "budgeten {budgetEur} överskrider avgiftstaket {capEur} ({ratioPct} av medlemskommunernas statsandelar) med {overEur}",
  "cap.exceededIn":
    "årskolumn {col}: budgeten {budgetEur} överskrider avgiftstaket {capEur} ({ratioPct} av medlemskommunernas statsandelar) med {overEur}",
  "municipality.unknown": '{where}: ingen kommun motsvarar "{text}"',
  "municipality.duplicate": "{where}: {name} finns två gånger i listan (först på rad {first})",
  "municipality.selfPair": "{where}: en kommun kan inte vara sin egen granne ({name})",
  "model.unknown": "{where}: okänd modell {text}; använd 2025, 2015 eller 2006",
  "field.unknown": '{where}: okänt fält "{text}"; använd code, fi, sv eller region',
  "area.belowMinimum": "arbetskraften {value} är redan under minimikravet {minimum}",
  "forming.groupTooSmall":
    "inga områden kan bildas: gruppen {names} gränsar inte till andra kommuner i tabellen och har en arbetskraft på {value}, under minimikravet {minimum}",
  "forming.memberNotInTable": "{where}: {name} finns inte i tabellen över kommuner",
  "forming.notConnectable":
    "{names} kan inte förenas till ett sammanhängande område via kommunerna i tabellen",
  "forming.cannotReach":
    "{names}: arbetskraften är bara {value} även med alla kommuner i tabellen som ansluter till dem ({count} till); minimikravet är {minimum}",
  "forming.searchTooLarge":
    "inget förslag för {names}: över {max} kombinationer av kommuner skulle behöva prövas; ange en mindre tabell, till exempel landskapets kommuner",
  "bands.firstDay": "{arg}: det första steget måste börja på dag 1 (nu dag {value})",
  "bands.gap": "{where}: steget börjar på dag {value} men det föregående slutade på dag {previous}",
  "bands.endBeforeStart": "{where}: steget slutar på dag {value}, före sin startdag ({start})",
  "bands.notCovered":
    "{arg}: det sista steget slutar på dag {value}; lämna slutdagen tom eller låt steget nå dag {needed}",
  "bands.openNotLast": "{where}: bara det sista steget får vara öppet",
  "result.outOfRange": "{where} ({value}) gör resultatet för stort för att beräknas",
  "value.invalid": "{where} är inte giltig",
};
