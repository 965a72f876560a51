/** The example figures of the forming-areas template (`aluejako`). */
import { KYMPPI_LABOUR_FORCE, KYMPPI_MEMBERS } from "./kymppi";

/** Etelä-Pohjanmaa's 17 municipalities (Statistics Finland, municipal division 2025). */
export const REGION_MUNICIPALITIES = [
  "Alajärvi",
  "Alavus",
  "Evijärvi",
  "Ilmajoki",
  "Isojoki",
  "Karijoki",
  "Kauhajoki",
  "Kauhava",
  "Kuortane",
  "Kurikka",
  "Lappajärvi",
  "Lapua",
  "Seinäjoki",
  "Soini",
  "Teuva",
  "Vimpeli",
  "Ähtäri",
];
/** Constructed, not statistics: the seven municipalities outside Kymppi, made up for illustration. */
const OTHERS: Readonly<Record<string, number>> = {
  Ilmajoki: 5800,
  Isojoki: 850,
  Karijoki: 550,
  Kauhajoki: 6000,
  Kurikka: 9500,
  Seinäjoki: 33000,
  Teuva: 2300,
};
/** Kymppi's ten as in the area template (Σ 28 616, the Kymppi plan) and the others; Σ 86 616. */
export const LABOUR_FORCE = REGION_MUNICIPALITIES.map(
  (m) => OTHERS[m] ?? KYMPPI_LABOUR_FORCE[KYMPPI_MEMBERS.indexOf(m)]
);
/** Suupohja joint authority's members in this region (government decision 22.2.2024). */
export const SUUPOHJA = ["Isojoki", "Karijoki", "Kauhajoki", "Kurikka", "Teuva"];
