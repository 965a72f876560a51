/**
 * Hyphenation points for the header words of the member table (fixed layout, three figure
 * columns beside the names in a 420 px pane) and of the three years' tables, as soft hyphens
 * (U+00AD): a browser breaks a word only there, with a visible hyphen, and only when it does
 * not fit its column. CSS `hyphens: auto` finds such points from the page's lang where the
 * browser has a dictionary (Chromium on Linux has none without its downloaded data, Safari
 * none for Finnish); without a point a too-narrow column splits a word anywhere ("Työvo|ima",
 * "Arbetskra|ft"). Points follow the Finnish syllable rules (Kotus: before a consonant that
 * a vowel follows, compounds at their seam) and the Swedish and English dictionaries' division.
 */
import type { Language } from "../i18n";

const POINTS: Readonly<Record<Language, string>> = {
  fi: "työ·voi·ma vuo·ti·aat työt·tö·myys asi·ak·kaat mo·ni·alai·nen osaa·mi·nen oma·val·men·ta·ja ta·lous·ar·vio·vuo·si suun·nit·te·lu·vuo·si",
  sv: "ar·bets·kraft ar·bets·lös·het kli·en·ter sek·tors·över·skri·dan·de kom·pe·tens",
  en: "la·bour un·em·ploy·ment mul·ti per·son·al",
};

let dictionaries: Map<Language, Map<string, readonly number[]>> | undefined;

/** Each word (lower case) → the offsets after which it may break. */
function dictionary(language: Language): ReadonlyMap<string, readonly number[]> {
  dictionaries ??= new Map(
    (Object.keys(POINTS) as Language[]).map((l) => [
      l,
      new Map(
        POINTS[l].split(" ").map((hinted) => {
          const parts = hinted.split("·");
          const offsets = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("").length);
          return [parts.join(""), offsets] as const;
        })
      ),
    ])
  );
  return dictionaries.get(language)!;
}

/**
 * `text` with soft hyphens at the known points of its words (in any letter case).
 * @example hyphenate("Laaja työttömyys", "fi") // "Laaja työt\u00adtö\u00admyys"
 */
export function hyphenate(text: string, language: Language): string {
  const known = dictionary(language);
  return text.replace(/\p{L}+/gu, (word) => {
    const offsets = known.get(word.toLocaleLowerCase(language));
    if (!offsets) return word;
    let out = "";
    let from = 0;
    for (const at of offsets) {
      out += word.slice(from, at) + "\u00ad";
      from = at;
    }
    return out + word.slice(from);
  });
}
