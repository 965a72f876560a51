import type { ParameterText } from "./entry";

/*
 * The help texts of the parameters in sharedParameters.ts, written once for the functions
 * whose help is the same; read only by the build (through the functions' `text`), so the
 * functions bundle carries none of them. Where a function says more or something else (the
 * members of an area or every municipality of a table), its file keeps its own text.
 */

// Employment area
export const labourForceOfMembers: ParameterText = {
  en: "Labour force of each member municipality (people), one column or row.",
  fi: "Kunkin jäsenkunnan työvoima (henkeä), yksi sarake tai rivi.",
  sv: "Arbetskraften i varje medlemskommun (personer), en kolumn eller rad.",
};

export const labourForceToday: ParameterText = {
  en: "Labour force today (people): one number or the members' figures.",
  fi: "Työvoima nyt (henkeä): yksi luku tai jäsenkuntien luvut.",
  sv: "Arbetskraften i dag (personer): ett tal eller medlemmarnas tal.",
};

export const minimum: ParameterText = {
  en: "Required labour force (people).",
  fi: "Vaadittu työvoima (henkeä).",
  sv: "Krävd arbetskraft (personer).",
};

export const annualChange: ParameterText = {
  en: "Yearly change as a fraction: -0.014 for a 1.4 % decline.",
  fi: "Muutos vuodessa murtolukuna: -0,014 tarkoittaa 1,4 %:n laskua.",
  sv: "Förändring per år som bråktal: -0,014 betyder en minskning på 1,4 %.",
};

export const neighbourPairs: ParameterText = {
  en: "Optional n×2 range of neighbouring municipalities that replaces the 2025 borders.",
  fi: "Valinnainen n×2-alue naapurikunnista, joka korvaa vuoden 2025 rajat.",
  sv: "Valfritt n×2-område med grannkommuner som ersätter gränserna 2025.",
};

// Subsidies and payments
export const workingAge: ParameterText = {
  en: "Population aged 18–64 in each municipality (people).",
  fi: "18–64-vuotiaat kussakin kunnassa (henkeä).",
  sv: "Personer i åldern 18–64 i varje kommun.",
};

export const unemployed: ParameterText = {
  en: "Broadly unemployed in each municipality (people), same length.",
  fi: "Laajasti työttömät kussakin kunnassa (henkeä), sama pituus.",
  sv: "Arbetslösa i vid bemärkelse i varje kommun (personer), samma längd.",
};

export const workingAgeWeight: ParameterText = {
  en: "Weight of the working-age criterion as a fraction.",
  fi: "Työikäisten kriteerin paino murtolukuna.",
  sv: "Vikten för kriteriet arbetsför ålder som bråktal.",
};

export const memberSubsidies: ParameterText = {
  en: "Each member's employment-services state subsidy (€).",
  fi: "Kunkin jäsenkunnan työllisyyspalvelujen valtionosuus (€).",
  sv: "Varje medlemskommuns statsandel för sysselsättningstjänster (€).",
};

export const capRatio: ParameterText = {
  en: "Share of the subsidies the budget may use, as a fraction.",
  fi: "Kuinka suuren osan valtionosuuksista talousarvio voi käyttää, murtolukuna.",
  sv: "Hur stor del av statsandelarna budgeten får använda, som bråktal.",
};

// Benefits
export const model: ParameterText = {
  en: "2025 (the incentive model), 2015 (2015–2024) or 2006 (2006–2014).",
  fi: "2025 (kannustinmalli), 2015 (2015–2024) tai 2006 (2006–2014).",
  sv: "2025 (incitamentsmodellen), 2015 (2015–2024) eller 2006 (2006–2014).",
};

export const bands: ParameterText = {
  en: "Optional 3-column band table (from day, to day or blank, share) replacing the built-in one.",
  fi: "Valinnainen 3-sarakkeinen porrastaulukko (alkupäivä, loppupäivä tai tyhjä, osuus), joka korvaa sisäänrakennetun.",
  sv: "Valfri trapptabell med 3 kolumner (från dag, till dag eller tom, andel) som ersätter den inbyggda.",
};
