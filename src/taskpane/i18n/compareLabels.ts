/** Texts of the scenario comparison sheet in fi, sv and en (the plan sheet's for shared figures). */
import type { CompareLabels } from "../sheet/CompareLabels";
import type { Language } from "./language";
import { SHEET_LABELS } from "./sheetLabels";

export const COMPARE_LABELS: Readonly<Record<Language, CompareLabels>> = {
  fi: {
    sheetName: "Skenaariovertailu",
    title: "Työllisyysalueen skenaariot rinnakkain",
    note:
      "Kullakin skenaariolla on oma lohkonsa alempana (syötteet keltaisella, tulokset vihreällä " +
      "TYOALUE-kaavoina). Vertailu viittaa lohkoihin ja päivittyy, kun syötteitä muutetaan. " +
      "Ensimmäisestä skenaariosta eroavat arvot on korostettu ja nimetty ≠-sarakkeessa.",
    figure: "Tieto",
    differsFrom: "≠ Eroaa skenaariosta",
    differsCue: "eroaa ensimmäisestä skenaariosta",
    perMember: "Jäsenkunnittain",
    scenario: "Skenaario",
    memberCount: "Jäsenkuntia",
    subsidyTotal: "Jaettu valtionosuus €",
    planningBudgets: ["Talousarvio €, 1. suunnitteluvuosi", "Talousarvio €, 2. suunnitteluvuosi"],
    planningHeadrooms: ["Kattovara €, 1. suunnitteluvuosi", "Kattovara €, 2. suunnitteluvuosi"],
    planningSubsidies: [
      "Valtionosuus €, 1. suunnitteluvuosi",
      "Valtionosuus €, 2. suunnitteluvuosi",
    ],
    planningPayments: ["Jäsenosuus €, 1. suunnitteluvuosi", "Jäsenosuus €, 2. suunnitteluvuosi"],
    costSharing: "Kustannustenjako",
    models: {
      joint: "Kuntayhtymä (katon rajoissa)",
      percent: "Vastuukunta (sovitut osuudet)",
      fixedUse: "Vastuukunta (kiinteä + käyttö)",
    },
    plan: SHEET_LABELS.fi,
  },
  sv: {
    sheetName: "Scenariojämförelse",
    title: "Sysselsättningsområdets scenarier sida vid sida",
    note:
      "Varje scenario har sitt eget block längre ner (indata i gult, resultat i grönt som " +
      "TYOALUE-formler). Jämförelsen hänvisar till blocken och uppdateras när indata ändras. " +
      "Värden som skiljer sig från det första scenariot är markerade och nämns i ≠-kolumnen.",
    figure: "Uppgift",
    differsFrom: "≠ Skiljer sig från",
    differsCue: "skiljer sig från det första scenariot",
    perMember: "Per medlemskommun",
    scenario: "Scenario",
    memberCount: "Medlemskommuner",
    subsidyTotal: "Fördelad statsandel €",
    planningBudgets: ["Budget €, planeringsår 1", "Budget €, planeringsår 2"],
    planningHeadrooms: ["Marginal €, planeringsår 1", "Marginal €, planeringsår 2"],
    planningSubsidies: ["Statsandel €, planeringsår 1", "Statsandel €, planeringsår 2"],
    planningPayments: ["Medlemsandel €, planeringsår 1", "Medlemsandel €, planeringsår 2"],
    costSharing: "Kostnadsfördelning",
    models: {
      joint: "Samkommun (inom taket)",
      percent: "Ansvarskommun (avtalade andelar)",
      fixedUse: "Ansvarskommun (fast + användning)",
    },
    plan: SHEET_LABELS.sv,
  },
  en: {
    sheetName: "Scenario comparison",
    title: "Employment area scenarios side by side",
    note:
      "Each scenario has its own block further down (inputs in yellow, results in green as " +
      "TYOALUE formulas). The comparison refers to the blocks and updates when an input " +
      "changes. Values that differ from the first scenario are highlighted and named in the ≠ column.",
    figure: "Figure",
    differsFrom: "≠ Differs from",
    differsCue: "differs from the first scenario",
    perMember: "By member municipality",
    scenario: "Scenario",
    memberCount: "Member municipalities",
    subsidyTotal: "State subsidy allocated €",
    planningBudgets: ["Budget €, planning year 1", "Budget €, planning year 2"],
    planningHeadrooms: ["Headroom €, planning year 1", "Headroom €, planning year 2"],
    planningSubsidies: ["State subsidy €, planning year 1", "State subsidy €, planning year 2"],
    planningPayments: ["Member payment €, planning year 1", "Member payment €, planning year 2"],
    costSharing: "Cost sharing",
    models: {
      joint: "Joint authority (within the cap)",
      percent: "Lead municipality (agreed shares)",
      fixedUse: "Lead municipality (fixed + use)",
    },
    plan: SHEET_LABELS.en,
  },
};
