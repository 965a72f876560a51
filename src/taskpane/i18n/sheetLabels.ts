/** Texts of the created worksheet in fi, sv and en. */
import type { SheetLabels } from "../sheet/PlanInputs";
import type { Language } from "./language";

export const SHEET_LABELS: Readonly<Record<Language, SheetLabels>> = {
  fi: {
    sheetName: "Työllisyysalue",
    title: "Työllisyysalueen järjestämissuunnitelma – laskelmat",
    note: "Syötteet keltaisella, tulokset vihreällä: tulokset ovat TYOALUE-kaavoja ja päivittyvät, kun syötteitä muutetaan.",
    tableName: "Jasenkunnat",
    columns: ["Koodi", "Kunta", "Työvoima", "18–64-v.", "Laaja työttömyys", "Asiakkaat, monialainen", "Asiakkaat, osaaminen", "Asiakkaat, omavalmentaja", "Asiakkaat yhteensä"],
    perMember: ["Kunta", "Valtionosuuden osuus", "Valtionosuus €", "Jäsenosuus €", "Siirtyvät htv"],
    paramsHeader: ["Lähtötieto / tulos", "Arvo"],
    params: {
      minimum: "Työvoiman vähimmäismäärä", annualChange: "Työvoiman vuosimuutos", years: "Ennustevuodet",
      amount: "Valtionosuus yhteensä €", workingAgeWeight: "18–64-väestön paino", capRatio: "Maksukaton suhde",
      budget: "Kuntayhtymän talousarvio €",
      targets: ["Asiakasmäärätavoite, monialainen", "Asiakasmäärätavoite, osaaminen", "Asiakasmäärätavoite, omavalmentaja"],
      transferFte: "Valtiolta siirtyvät htv",
    },
    results: {
      labourForce: "Työvoima yhteensä", meetsMinimum: "Täyttää 20 000 vaatimuksen", shortfall: "Vaje",
      yearsAbove: "Vuosia vaatimuksen yläpuolella", contiguous: "Alue on yhtenäinen", paymentCap: "Maksukatto €",
      headroom: "Kattovara €", clients: ["Asiakkaat, monialainen", "Asiakkaat, osaaminen", "Asiakkaat, omavalmentaja"],
      staffNeeded: ["Htv-tarve, monialainen", "Htv-tarve, osaaminen", "Htv-tarve, omavalmentaja"], staffTotal: "Htv-tarve yhteensä",
    },
    projection: ["Vuosi", "Työvoimaennuste", "Vähimmäismäärä"],
    charts: { labourForce: "Työvoimaennuste ja 20 000 raja", subsidy: "Valtionosuuden jako", staff: "Siirtyvät htv kunnittain" },
  },
  sv: {
    sheetName: "Sysselsättningsområde",
    title: "Sysselsättningsområdets organiseringsplan – beräkningar",
    note: "Indata i gult, resultat i grönt: resultaten är TYOALUE-formler som uppdateras när indata ändras.",
    tableName: "Medlemskommuner",
    columns: ["Kod", "Kommun", "Arbetskraft", "18–64 år", "Bred arbetslöshet", "Klienter, sektorsöverskridande", "Klienter, kompetens", "Klienter, egen coach", "Klienter totalt"],
    perMember: ["Kommun", "Andel av statsandelen", "Statsandel €", "Medlemsandel €", "Överförda årsverken"],
    paramsHeader: ["Indata / resultat", "Värde"],
    params: {
      minimum: "Minsta arbetskraft", annualChange: "Arbetskraftens årliga förändring", years: "Prognosår",
      amount: "Statsandel totalt €", workingAgeWeight: "Vikt för befolkningen 18–64 år", capRatio: "Avgiftstakets andel",
      budget: "Samkommunens budget €",
      targets: ["Klientmål, sektorsöverskridande", "Klientmål, kompetens", "Klientmål, egen coach"],
      transferFte: "Årsverken som överförs från staten",
    },
    results: {
      labourForce: "Arbetskraft totalt", meetsMinimum: "Uppfyller kravet på 20 000", shortfall: "Underskott",
      yearsAbove: "År över minimikravet", contiguous: "Området är sammanhängande", paymentCap: "Avgiftstak €",
      headroom: "Marginal €", clients: ["Klienter, sektorsöverskridande", "Klienter, kompetens", "Klienter, egen coach"],
      staffNeeded: ["Personalbehov, sektorsöverskridande", "Personalbehov, kompetens", "Personalbehov, egen coach"], staffTotal: "Personalbehov totalt",
    },
    projection: ["År", "Arbetskraftsprognos", "Minimikrav"],
    charts: { labourForce: "Arbetskraftsprognos och gränsen 20 000", subsidy: "Fördelning av statsandelen", staff: "Överförda årsverken per kommun" },
  },
  en: {
    sheetName: "Employment area",
    title: "Employment area organising plan – calculations",
    note: "Inputs in yellow, results in green: results are live TYOALUE formulas that update when the inputs change.",
    tableName: "Members",
    columns: ["Code", "Municipality", "Labour force", "Aged 18–64", "Broad unemployment", "Clients, multi-sector", "Clients, skills", "Clients, personal coach", "Clients total"],
    perMember: ["Municipality", "Share of state subsidy", "State subsidy €", "Member payment €", "Transferring FTE"],
    paramsHeader: ["Input / result", "Value"],
    params: {
      minimum: "Minimum labour force", annualChange: "Yearly change of labour force", years: "Projection years",
      amount: "State subsidy in total €", workingAgeWeight: "Weight of population 18–64", capRatio: "Payment cap ratio",
      budget: "Joint authority budget €",
      targets: ["Caseload target, multi-sector", "Caseload target, skills", "Caseload target, personal coach"],
      transferFte: "FTE transferring from the state",
    },
    results: {
      labourForce: "Labour force in total", meetsMinimum: "Meets the 20,000 rule", shortfall: "Shortfall",
      yearsAbove: "Years above the minimum", contiguous: "Area is contiguous", paymentCap: "Payment cap €",
      headroom: "Headroom €", clients: ["Clients, multi-sector", "Clients, skills", "Clients, personal coach"],
      staffNeeded: ["FTE needed, multi-sector", "FTE needed, skills", "FTE needed, personal coach"], staffTotal: "FTE needed in total",
    },
    projection: ["Year", "Labour force projection", "Minimum"],
    charts: { labourForce: "Labour force projection and the 20,000 line", subsidy: "State subsidy by municipality", staff: "Transferring FTE by municipality" },
  },
};
