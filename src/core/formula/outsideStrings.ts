/**
 * Applies `rewrite` to a formula's text outside "string literals" and 'quoted sheet names'
 * (a doubled quote inside them stays literal), so a rewrite never changes data.
 * @example outsideStrings('A&"a"', (s) => s.toLowerCase()) // 'a&"a"'
 */
export function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  let quote: string | undefined;
  for (const ch of formula) {
    if (quote) {
      out += ch;
      if (ch === quote) quote = undefined; // a doubled quote re-opens at once: same text
    } else if (ch === '"' || ch === "'") {
      out += rewrite(code) + ch;
      code = "";
      quote = ch;
    } else code += ch;
  }
  return out + rewrite(code);
}
