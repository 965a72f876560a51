import type { Text } from "../spec";

/** Sources and instructions of the three-year budget template (`taloussuunnitelma`). */

export const CONSTRUCTED: Text = {
  fi: "Esimerkki, muodostettu havainnollistamiseksi (ei valtionosuuslaskelma): kunkin jäsenkunnan työvoima (mallipohja Työllisyysalueen muodostaminen) × 248,60 € talousarviovuonna, × 245,12 € ja × 241,69 € suunnitteluvuosina (−1,4 % vuodessa, Kymppi-alueen suunnitelman työvoiman vähenemisen mukaan). Korvaa jäsenkuntien työvoimapalvelujen valtionosuuksilla ja niiden arvioilla.",
  sv: "Exempel, konstruerat för illustration (inte en statsandelskalkyl): varje medlemskommuns arbetskraft (mallen Att bilda ett sysselsättningsområde) × 248,60 € under budgetåret, × 245,12 € och × 241,69 € under planeringsåren (−1,4 % per år, enligt arbetskraftens minskning i Kymppi-områdets plan). Ersätt med medlemskommunernas statsandelar för arbetskraftsservice och uppskattningar av dem.",
};

export const MEMBERS: Text = {
  fi: "Kuntayhtymä Kympin perussopimus (25.9.2023) 2 §: jäsenkunnat.",
  sv: "Grundavtalet för samkommunen Kymppi (25.9.2023) 2 §: medlemskommunerna.",
};

export const CAP: Text = {
  fi: "Kymppi-kuntayhtymän perussopimus: talousarviossa voidaan ottaa huomioon enintään 95 % jäsenkuntien valtionosuudesta.",
  sv: "Grundavtalet för samkommunen Kymppi: budgeten får beakta högst 95 % av medlemskommunernas statsandel.",
};

export const BUDGET: Text = {
  fi: "Esimerkki: kuntayhtymän talousarvio ja suunnitteluvuosien arviot, muodostettu havainnollistamiseksi.",
  sv: "Exempel: samkommunens budget och uppskattningarna för planeringsåren, konstruerade för illustration.",
};

export const DEADLINES: Text = {
  fi: "Kymppi-kuntayhtymän perussopimus: alustava talousarvio jäsenkunnille 31.8. mennessä, hyväksytty talousarvio ja -suunnitelma 15.10. mennessä, talousarviovuotta edeltävänä vuonna.",
  sv: "Grundavtalet för samkommunen Kymppi: den preliminära budgeten till medlemskommunerna senast 31.8 och den godkända budgeten och planen senast 15.10, året före budgetåret.",
};

export const INSTRUCTIONS: Readonly<Record<"fi" | "sv", readonly string[]>> = {
  fi: [
    "Kuntayhtymän talousarvio ja -suunnitelma: talousarviovuosi ja kaksi suunnitteluvuotta rinnakkain. Jäsenkunnat maksavat osuutensa saamansa työvoimapalvelujen valtionosuuden suhteessa, ja kunkin vuoden talousarviossa voidaan ottaa huomioon enintään 95 % jäsenkuntien sen vuoden valtionosuudesta (Kymppi-kuntayhtymän perussopimus).",
    "Perussopimuksen aikataulu: alustava talousarvio toimitetaan jäsenkunnille 31.8. mennessä ja hyväksytty talousarvio ja -suunnitelma 15.10. mennessä, vähintään kahden suunnitteluvuoden arvioineen. Välilehti näyttää vuodet talousarviovuoden mukaan.",
    "Kirjoita Suunnitelma-välilehdelle talousarviovuosi (suunnitteluvuodet seuraavat sitä), jäsenkuntien valtionosuudet kullekin vuodelle ja kunkin vuoden talousarvio. Vihreät solut lasketaan TYOALUE-funktioilla: kunkin vuoden maksukatto (MAKSUKATTO) ja kattovara (KATTOVARA) sekä jäsenkuntien maksut (JASENOSUUDET), jotka täsmäävät kunkin vuoden talousarvioon sentilleen. Jos jonkin vuoden talousarvio ylittää sen vuoden katon, maksusolut näyttävät virheen, jonka viesti kertoo molemmat luvut.",
    "Tulokset lasketaan Excelissä Työllisyysalue-apuohjelmalla.",
  ],
  sv: [
    "Samkommunens budget och ekonomiplan: budgetåret och två planeringsår sida vid sida. Medlemskommunerna betalar sin andel i proportion till den statsandel för arbetskraftsservice de får, och varje års budget får beakta högst 95 % av medlemskommunernas statsandel för det året (grundavtalet för samkommunen Kymppi).",
    "Grundavtalets tidtabell: den preliminära budgeten skickas till medlemskommunerna senast 31.8 och den godkända budgeten och planen senast 15.10, med uppskattningar för minst två planeringsår. Fliken visar åren utgående från budgetåret.",
    "Skriv in budgetåret (planeringsåren följer det), medlemskommunernas statsandelar för varje år och varje års budget på fliken Plan. Gröna celler beräknas med TYOALUE-funktioner: varje års avgiftstak (AVGIFTSTAK) och marginal (MARGINAL) samt medlemskommunernas avgifter (MEDLEMSANDELAR), som stämmer med varje års budget på centen. Om något års budget överskrider årets tak visar avgiftscellerna ett fel vars meddelande anger båda beloppen.",
    "Resultaten beräknas i Excel med tillägget Työllisyysalue.",
  ],
};
