/**
 * Text that a spreadsheet would run if it were written as a formula: what a user could type
 * as a municipality name, or a file could carry. Each must land as the same text, never as a
 * formula. (CSV/formula injection: OWASP "CSV Injection"; the DDE form is the classic one.)
 */
export const PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3",
  "@SUM(1,2)",
  '=1+1&"<b>&amp;</b>"',
] as const;

/** True when `s` would start a formula if typed into a cell. */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@]/.test(s);
