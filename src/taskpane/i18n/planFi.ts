/** Finnish texts of paste, presets, the verdict and the created sheet's freshness. */
import type { PlanStrings } from "./planEn";

export const planFi: PlanStrings = {
  groupPopulation: "Työvoima ja väestö",
  groupClients: "Asiakkaat",
  pasteMatched: "{count} riviä tunnistettiin nimen perusteella.",
  pastePlaced: "{count} riviä sijoitettiin kentästä, johon liitit.",
  pasteUnknown: "Ei vastaa yhtään jäsenkuntaa, jätetään pois: {names}.",
  pasteAdded: "Eivät vielä jäsenkuntia, lisätään jos hyväksyt: {names}.",
  pasteExtra: "Näille ei ole paikkaa, jätetään pois: {values}.",
  pasteApply: "Hyväksy",
  pasteCancel: "Peruuta",
  pasteUndo: "Kumoa viimeisin liittäminen",
  pasteDone: "{count} lukua liitetty.",
  pasteUndone: "Viimeisin liittäminen kumottiin.",
  presetLabel: "Lisää tunnettu vuoden 2025 alue tai koko maakunta",
  presetPlaceholder: "Valitse alue tai maakunta",
  presetArea: "Alue {name} ({count})",
  presetRegion: "Maakunta {name} ({count})",
  presetAdded: "{count} jäsenkuntaa lisätty: {name} (lähde: {source}).",
  presetRegistry: "Tilastokeskus, kuntajako 2025",
  verdictTitle: "Täyttääkö suunnitelma ehdot?",
  verdictMeets:
    "Täyttää lain 380/2023 vähimmäismäärän: työvoima {total}, vähimmäismäärä {minimum}.",
  verdictShort:
    "Ei täytä lain 380/2023 vähimmäismäärää: työvoima {total}, määrästä {minimum} puuttuu {shortfall}.",
  verdictConnected: "Jäsenkunnat muodostavat yhtenäisen alueen.",
  verdictCut: "Alue ei ole yhtenäinen: {names} erillään muista jäsenkunnista.",
  verdictContacts: "Varmista paikallisesti nämä pistekosketukset: {pairs}.",
  verdictWithinCap: "Talousarvio mahtuu {ratio} maksukattoon: kattovara {headroom}.",
  verdictOverCap: "Talousarvio ylittää {ratio} maksukaton {over}.",
  verdictStaff: "Henkilöstötarve {need} htv, valtiolta siirtyy {fte} htv: {diff}.",
  verdictStaffShort: "vajetta {value} htv",
  verdictStaffSpare: "ylimääräistä {value} htv",
  verdictMissing: "{step}: ei vielä laskettu; täytä vaihe.",
  verdictSeen: "Olen nähnyt, miksi suunnitelma ei täytä ehtoja, ja haluan taulukon silti.",
  print: "Tulosta yhteenveto valtuustolle",
  printTitle: "Työllisyysalueen suunnitelma: yhteenveto valtuustolle",
  figuresAsOf: "Lukujen ajankohta",
  printed: "Luvut ajankohdalta {date}. Tulostettu {today}.",
  sources:
    "Lähteet: laki 380/2023 (vähimmäismäärä 20 000); Tilastokeskus, kuntajako 2025, CC BY 4.0; suunnitelmaan syötetyt luvut.",
  colTotal: "Yhteensä",
  outOfDate: 'Taulukko "{name}" on tehty aiemmista syötteistä eikä ole ajan tasalla.',
  update: "Päivitä taulukko",
  updated: 'Taulukko "{name}" päivitetty.',
  updateRefused:
    'Taulukkoa ei päivitetty: taulukon "{name}" solua {cell} on muutettu käsin. Peru muutos tai luo uusi taulukko.',
  updateMissing: 'Taulukkoa "{name}" ei enää ole; luo uusi.',
  createNew: "Luo uusi taulukko",
  download: "Lataa taulukko (.xlsx)",
  loading: "Ladataan…",
  warnUnemployed:
    "Tarkista {name}: työttömiä {unemployed} on enemmän kuin työvoimaa {labourForce}.",
  warnWorkingAge:
    "Tarkista {name}: työvoima {labourForce} on suurempi kuin 18–64-vuotiaiden määrä {workingAge}.",
  warnTarget:
    "Tarkista {label}: {value} on tavanomaisen 50–300 asiakkaan virkailijaa kohden ulkopuolella.",
  warnMinimum: "Vähimmäismäärä {value} poikkeaa lain 380/2023 määrästä 20 000.",
  warnBudget: "Tarkista talousarvio: {budget} on alle puolet maksukatosta {cap}.",
};
