/**
 * Reads a number as a person types it in fi, sv or en: "28 616", "28 616" (no-break
 * space), "1 234,56", "1,234.56", "−1,4" (Unicode minus). Returns undefined for anything
 * else (the caller says what is wrong). Money as pasted from Excel is read too: "3 450 000 €",
 * "3 450 000,00 EUR", with thin or no-break spaces between the thousands. `shift` moves the decimal point exactly, in the
 * string, so "−1,4" % becomes −0.014 and not −0.013999999999999999.
 * @example parseUserNumber("28 616") // 28616
 * @example parseUserNumber("-1,4", -2) // -0.014
 * @example parseUserNumber("3 450 000 €") // 3450000
 * @example parseUserNumber("1,234", 0, "en") // 1234 (in English a comma before three digits groups thousands)
 */
export function parseUserNumber(
  text: string,
  shift = 0,
  language?: "fi" | "sv" | "en"
): number | undefined {
  let s = text
    .trim()
    .replace(/^€|(€|\bEUR)$/gi, "")
    .replace(/[\s\u00a0\u2009\u202f']/g, "")
    .replace(/^[\u2212\u2013]/, "-");
  if (s === "") return undefined;
  // English groups thousands with commas ("1,234"); any other comma is read as a decimal
  // comma in every language, so inputs typed in Finnish stay valid after switching to English.
  if (language === "en" && /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, "");
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? "," : ".";
    s = s
      .split(decimal === "," ? "." : ",")
      .join("")
      .replace(",", ".");
  } else if (comma >= 0) {
    if (s.indexOf(",") !== comma) return undefined;
    s = s.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(shift === 0 ? s : `${s}e${shift}`);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Splits pasted text (a column copied from Excel or a list) into cells: one per line,
 * or tab-separated on one line.
 * @example splitPasted("6 300\r\n6 050\r\n") // ["6 300", "6 050"]
 */
export function splitPasted(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  const cells = lines.length === 1 ? lines[0].split("\t") : lines.map((l) => l.split("\t")[0]);
  return cells.map((c) => c.trim());
}
