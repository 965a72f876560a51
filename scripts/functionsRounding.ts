// How each function rounds its result, in words for the help pages (en/fi/sv), from the
// `rounding` of its catalogue entry.
import type { Locale } from "../src/core";
import { CATALOGUE } from "../src/functions/catalogue";
import type { Rounding } from "../src/functions/catalogue/entry";

const WORDS: Readonly<Record<Exclude<Rounding, "none">, Readonly<Record<Locale, string>>>> = {
  "whole-down": {
    en: "a whole number, rounded down",
    fi: "kokonaisluku, alaspäin pyöristettynä",
    sv: "ett heltal, avrundat nedåt",
  },
  cents: {
    en: "rounded once to the cent, half away from zero",
    fi: "pyöristetty kerran senttiin, puolikkaat nollasta poispäin",
    sv: "avrundat en gång till cent, halva bort från noll",
  },
  "cents-down": {
    en: "the cap rounded down to a whole cent",
    fi: "katto pyöristettynä alaspäin senttiin",
    sv: "taket avrundat nedåt till hel cent",
  },
  "largest-remainder": {
    en: "split in whole units by the largest remainder method: the parts add up exactly",
    fi: "jaettu kokonaisina yksikköinä suurimman jäännöksen menetelmällä: osat täsmäävät summaan",
    sv: "fördelat i hela enheter enligt största resten: delarna summerar exakt",
  },
  "step-up": {
    en: "rounded up to whole steps",
    fi: "pyöristetty ylöspäin kokonaisiin askeliin",
    sv: "avrundat uppåt till hela steg",
  },
};

/** { id: how its result is rounded } in one language; functions that do not round are left out. */
export function roundingNotes(lang: Locale): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const e of CATALOGUE)
    if (e.result.rounding !== "none") notes[e.id] = WORDS[e.result.rounding][lang];
  return notes;
}

/** The notes of every language. */
export function roundingNotesByLang() {
  return { en: roundingNotes("en"), fi: roundingNotes("fi"), sv: roundingNotes("sv") };
}
