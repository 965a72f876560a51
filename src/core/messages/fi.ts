import type { Catalog } from "./en";

/** Finnish message templates (same keys as `en`). */
export const fi: Catalog = {
  "where.arg": "{arg}",
  "where.row": "{arg}: rivi {row}",
  "where.cell": "{arg}: rivi {row}, sarake {col}",
  "cell.blank": "{where} on tyhjä",
  "cell.text": '{where} on tekstiä ("{text}") eikä luku',
  "cell.numberAsText": '{where} on tekstiksi tallennettu luku "{text}"; syötä se lukuna',
  "cell.boolean": "{where} on totuusarvo {text} eikä luku",
  "cell.error": "{where} sisältää virheen {text}",
  "cell.notNumber": "{where} ei ole luku",
  "cell.notName": "{where}: anna kunnan numero tai nimi",
  "shape.notLine": "{arg}: alueen pitää olla yksi rivi tai yksi sarake (nyt {rows} × {cols})",
  "shape.lengthMismatch": "{arg} ja {other} ovat eripituiset ({actual} ja {expected} riviä)",
  "shape.columns": "{arg}: sarakkeita pitää olla {expected} (nyt {actual})",
  "shape.yearRow": "{arg}: arvon pitää olla yksi solu tai yksi rivi vuosia (nyt {rows} × {cols})",
  "shape.empty": "{arg} on tyhjä",
  "shape.notScalar": "{arg}: arvon pitää olla yksi solu",
  "count.negative": "{where} on negatiivinen ({value}); lukumäärän pitää olla vähintään 0",
  "count.fractional": "{where} on {value}; lukumäärän pitää olla kokonaisluku",
  "number.negative": "{where} ei saa olla negatiivinen (nyt {value})",
  "number.notFinite": "{where} ei ole äärellinen luku",
  "number.notInteger": "{where}: arvon pitää olla kokonaisluku (nyt {value})",
  "number.tooLarge": "{where} on {value}; suurin sallittu arvo on {max}",
  "ratio.aboveOne":
    "{where} on {value} eli yli 1; osuudet annetaan desimaalilukuina: tarkoititko {hint} ({hintPct})?",
  "ratio.negative": "{where} on {value}; osuuden pitää olla välillä 0–1",
  "change.tooLarge":
    "{where} on {value}; vuosimuutos annetaan desimaalilukuna väliltä −1…1: tarkoititko {hint} ({hintPct})?",
  "change.belowMinusOne": "{where} on {value}; työvoima ei voi vähentyä yli 100 % vuodessa",
  "positive.notPositive": "{where}: arvon pitää olla suurempi kuin 0 (nyt {value})",
  "weights.allZero": "{where}: kaikki arvot ovat nollia, joten jakoperustetta ei ole",
  "weights.sumNotOne": "{arg}: painojen summa on {sum} eikä 1",
  "steps.notWhole": "{where} ({value}) ei ole askeleen {step} kokonainen monikerta",
  "money.fractionOfCent": "{where} ({value}) sisältää sentin osia; pyöristä se tasasenteiksi",
  "cap.exceeded":
    "talousarvio {budgetEur} ylittää maksukaton {capEur} ({ratioPct} jäsenkuntien valtionosuuksista); ylitys {overEur}",
  "cap.exceededIn":
    "vuosisarake {col}: talousarvio {budgetEur} ylittää maksukaton {capEur} ({ratioPct} jäsenkuntien valtionosuuksista); ylitys {overEur}",
  "municipality.unknown": '{where}: kuntaa "{text}" ei löydy',
  "municipality.duplicate": "{where}: {name} on luettelossa kahdesti (ensin rivillä {first})",
  "municipality.selfPair": "{where}: kunta ei voi olla oma naapurinsa ({name})",
  "model.unknown": "{where}: tuntematon malli {text}; käytä arvoa 2025, 2015 tai 2006",
  "field.unknown": '{where}: tuntematon kenttä "{text}"; käytä arvoa code, fi, sv tai region',
  "area.belowMinimum": "työvoima {value} on jo alle vähimmäismäärän {minimum}",
  "forming.groupTooSmall":
    "alueita ei voi muodostaa: ryhmä {names} ei rajaudu muihin taulukon kuntiin, ja sen työvoima on {value}, alle vähimmäismäärän {minimum}",
  "forming.memberNotInTable": "{where}: {name} puuttuu kuntataulukosta",
  "forming.notConnectable":
    "kuntia {names} ei voi yhdistää yhtenäiseksi alueeksi taulukon kuntien kautta",
  "forming.cannotReach":
    "{names}: työvoimaa on vain {value}, vaikka mukaan otettaisiin kaikki taulukon kunnat, joihin on yhteys ({count} lisää); vähimmäismäärä on {minimum}",
  "forming.searchTooLarge":
    "ehdotusta kunnille {names} ei saatu: kokeiltavia kuntajoukkoja olisi yli {max}; anna pienempi taulukko, esimerkiksi maakunnan kunnat",
  "bands.firstDay": "{arg}: ensimmäisen portaan pitää alkaa päivästä 1 (nyt päivästä {value})",
  "bands.gap": "{where}: porras alkaa päivästä {value}, mutta edellinen päättyi päivään {previous}",
  "bands.endBeforeStart": "{where}: porras päättyy päivään {value} ennen alkupäiväänsä ({start})",
  "bands.notCovered":
    "{arg}: viimeinen porras päättyy päivään {value}; jätä loppupäivä tyhjäksi tai ulota se päivään {needed}",
  "bands.openNotLast": "{where}: vain viimeinen porras voi olla avoin",
  "result.outOfRange": "{where} ({value}) tekee tuloksesta liian suuren laskettavaksi",
  "value.invalid": "{where} ei kelpaa",
};
