import type { Text } from "../spec";

/** Sources and instructions of the forming-areas template (`aluejako`). */

export const REGION: Text = {
  fi: "Esimerkki. Etelä-Pohjanmaan 17 kuntaa (Tilastokeskus, kuntajako 2025). Kymppi-kuntayhtymän kymmenen jäsenkunnan luvut on muodostettu niin, että summa on alueen järjestämissuunnitelman 28 616 (kesäkuu 2023); muiden seitsemän kunnan luvut on muodostettu havainnollistamiseksi, eivät ole tilastoja. Korvaa ne Tilastokeskuksen työvoimaluvuilla.",
  sv: "Exempel. De 17 kommunerna i Södra Österbotten (Statistikcentralen, kommunindelning 2025). Siffrorna för samkommunen Kymppis tio medlemskommuner är konstruerade så att summan blir de 28 616 i områdets organiseringsplan (juni 2023); siffrorna för de övriga sju kommunerna är konstruerade för illustration och är inte statistik. Ersätt dem med Statistikcentralens arbetskraftssiffror.",
};

export const MEMBERS: Text = {
  fi: "Esimerkki. Suupohjan kuntayhtymän jäsenkunnat tästä maakunnasta (valtioneuvoston päätös 22.2.2024, TEM/2024/18). Kuudes jäsen, Kristiinankaupunki, kuuluu Pohjanmaan maakuntaan eikä ole taulukossa.",
  sv: "Exempel. Medlemskommunerna i samkommunen Suupohja (Sydösterbotten) i detta landskap (statsrådets beslut 22.2.2024, TEM/2024/18). Den sjätte medlemmen, Kristinestad, hör till landskapet Österbotten och finns inte i tabellen.",
};

export const LAW: Text = {
  fi: "Laki 380/2023: työvoima vähintään 20 000.",
  sv: "Lag 380/2023: arbetskraft minst 20 000.",
};

export const INSTRUCTIONS: Readonly<Record<"fi" | "sv", readonly string[]>> = {
  fi: [
    "Tällä työkirjalla jaat maakunnan kunnat ehdotetuiksi työllisyysalueiksi (laki 380/2023): jokainen kunta kuuluu yhteen alueeseen, jokainen alue on maantieteellisesti yhtenäinen ja sen työvoima on vähintään vähimmäismäärä (laissa 20 000).",
    "Sääntö: mahdollisimman monta aluetta; niistä jaoista se, jonka suurin alue on pienin; muut tasatilanteet ratkaisee kiinteä sääntö, joten tulos on aina sama. Tulos on tarkka enintään 30 kunnan yhtenäiselle ryhmälle (jokaisessa maakunnassa on enintään 30 kuntaa). Jos jokin yhtenäinen kuntaryhmä jää kokonaan alle vähimmäismäärän, jakoa ei ole ja tulos on virhe #N/A, jonka viesti nimeää ryhmän.",
    "Kirjoita Alueet-välilehdelle kunnat (nimet tai kuntanumerot) ja niiden työvoima. Oranssit solut ovat esimerkkejä: Etelä-Pohjanmaan kunnat, joiden työvoimaluvut on muodostettu havainnollistamiseksi (solun huomautus kertoo lähteen). Vihreät solut: kunkin kunnan ehdotettu alue (TYOALUE.MUODOSTAALUEET), kunkin alueen työvoima ja kuntien määrä sekä kaavio. Alueet, joita jako ei käytä, näyttävät nollaa.",
    "Jäsenehdotus: kirjoita alueen nykyiset jäsenet jäsensoluihin samassa kirjoitusasussa kuin taulukossa; jokaisessa solussa on oltava kunta (muuta kaavojen aluetta, jos jäseniä on enemmän tai vähemmän). TYOALUE.EHDOTAJASENET ehdottaa vähiten taulukon kuntia, jotka lisäämällä jäsenet muodostavat yhtenäisen, vähimmäismäärän täyttävän alueen, ja niistä vähiten työvoimaa lisäävät; tyhjä tulos tarkoittaa, että jäsenet täyttävät jo vaatimuksen.",
    "Tulokset lasketaan Excelissä Työllisyysalue-apuohjelmalla.",
    "Kuntarajat: Tilastokeskus, kuntajako 2025, CC BY 4.0.",
  ],
  sv: [
    "Med den här arbetsboken delar du landskapets kommuner i föreslagna sysselsättningsområden (lag 380/2023): varje kommun hör till ett område, varje område är geografiskt sammanhängande och dess arbetskraft är minst minimikravet (i lagen 20 000).",
    "Regeln: så många områden som möjligt; av dessa indelningar den vars största område är minst; övriga oavgjorda fall avgörs av en fast regel, så resultatet är alltid detsamma. Resultatet är exakt för en sammanhängande grupp på högst 30 kommuner (varje landskap har högst 30 kommuner). Om någon sammanhängande kommungrupp i sin helhet ligger under minimikravet finns ingen indelning och resultatet är felet #N/A, vars meddelande namnger gruppen.",
    "Skriv in kommunerna (namn eller kommunnummer) och deras arbetskraft på fliken Områden. Orange celler är exempel: kommunerna i Södra Österbotten, vars arbetskraftssiffror är konstruerade för illustration (cellens anteckning anger källan). Gröna celler: varje kommuns föreslagna område (TYOALUE.BILDAOMRADEN), varje områdes arbetskraft och antal kommuner samt ett diagram. Områden som indelningen inte använder visar noll.",
    "Förslag på medlemmar: skriv områdets nuvarande medlemmar i medlemscellerna, stavade som i tabellen; varje cell ska innehålla en kommun (ändra formlernas område om medlemmarna är fler eller färre). TYOALUE.FORESLAMEDLEMMAR föreslår det minsta antalet kommuner ur tabellen som gör medlemmarna till ett sammanhängande område som når minimikravet, och av dem de som tillför minst arbetskraft; ett tomt resultat betyder att medlemmarna redan uppfyller kravet.",
    "Resultaten beräknas i Excel med tillägget Työllisyysalue.",
    "Kommungränser: Statistikcentralen, kommunindelning 2025, CC BY 4.0.",
  ],
};
