import type { Language } from "../i18n";

/**
 * The 19 regions (maakunta / landskap) of 2025 in Finnish, Swedish and English, keyed by
 * region code (the registry holds the Finnish names only). Source: Statistics Finland
 * (Tilastokeskus), classification of regions (maakunta) 2025, names in fi/sv/en, CC BY 4.0.
 * The Finnish and Swedish names are those the Government confirmed (26.2.1998). In English
 * the classification keeps the national name except where an English form is established
 * (the Ministry of the Interior's recommendation of 1998): Lapland, the Ostrobothnias,
 * Central and Southwest Finland, the Karelias and the Savos.
 */
export const REGION_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  "01": { fi: "Uusimaa", sv: "Nyland", en: "Uusimaa" },
  "02": { fi: "Varsinais-Suomi", sv: "Egentliga Finland", en: "Southwest Finland" },
  "04": { fi: "Satakunta", sv: "Satakunta", en: "Satakunta" },
  "05": { fi: "Kanta-Häme", sv: "Egentliga Tavastland", en: "Kanta-Häme" },
  "06": { fi: "Pirkanmaa", sv: "Birkaland", en: "Pirkanmaa" },
  "07": { fi: "Päijät-Häme", sv: "Päijänne-Tavastland", en: "Päijät-Häme" },
  "08": { fi: "Kymenlaakso", sv: "Kymmenedalen", en: "Kymenlaakso" },
  "09": { fi: "Etelä-Karjala", sv: "Södra Karelen", en: "South Karelia" },
  "10": { fi: "Etelä-Savo", sv: "Södra Savolax", en: "South Savo" },
  "11": { fi: "Pohjois-Savo", sv: "Norra Savolax", en: "North Savo" },
  "12": { fi: "Pohjois-Karjala", sv: "Norra Karelen", en: "North Karelia" },
  "13": { fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland" },
  "14": { fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", en: "South Ostrobothnia" },
  "15": { fi: "Pohjanmaa", sv: "Österbotten", en: "Ostrobothnia" },
  "16": { fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten", en: "Central Ostrobothnia" },
  "17": { fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", en: "North Ostrobothnia" },
  "18": { fi: "Kainuu", sv: "Kajanaland", en: "Kainuu" },
  "19": { fi: "Lappi", sv: "Lappland", en: "Lapland" },
  "21": { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
};

/**
 * A region's code from its Finnish name (as the municipality registry holds it).
 * @example regionCode("Pohjanmaa") // "15"
 * @example regionCode("Atlantis") // undefined
 */
export function regionCode(finnishName: string): string | undefined {
  return Object.keys(REGION_NAMES).find((c) => REGION_NAMES[c].fi === finnishName);
}

/**
 * A region's name in `language`, from its Finnish name; the Finnish name itself when the
 * region is not in the table.
 * @example regionName("Varsinais-Suomi", "sv") // "Egentliga Finland"
 * @example regionName("Varsinais-Suomi", "en") // "Southwest Finland"
 */
export function regionName(finnishName: string, language: Language): string {
  const code = regionCode(finnishName);
  return code === undefined ? finnishName : REGION_NAMES[code][language];
}
