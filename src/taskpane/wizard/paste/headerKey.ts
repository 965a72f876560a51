/** Which member figure a pasted column header names, in fi, sv or en (the pane's and StatFin's words). */
import { FIGURES, type FigureKey } from "../inputs";

const WORDS: readonly (readonly [FigureKey, RegExp])[] = [
  ["workingAge", /18\s*[-–]\s*64/],
  ["unemployed", /työttöm|arbetslös|unemploy/],
  ["clientsMulti", /monialai|sektorsöver|multi/],
  ["clientsSkills", /osaami|kompetens|skill/],
  ["clientsCoach", /omavalment|coach/],
  ["labourForce", /työvoima|arbetskraft|labou?r force/],
];

/**
 * The figure a header names, or undefined.
 * @example headerKey("Työvoima 2024") // "labourForce"
 * @example headerKey("Clients, personal coach") // "clientsCoach"
 */
export function headerKey(header: string): FigureKey | undefined {
  const h = header.toLocaleLowerCase("fi");
  return WORDS.find(([, re]) => re.test(h))?.[0];
}

export { FIGURES };
