import { CliError } from "./cliError";

/** Excel's own limit on a formula's length (characters). */
export const MAX_FORMULA_LENGTH = 8192;
/**
 * Deepest parenthesis nesting the calculator evaluates. Excel allows 64 levels of nested
 * functions; the engine's parser recurses per level and runs out of stack near 200.
 */
export const MAX_NESTING = 100;

/** How deep the parentheses of a formula nest, quoted text and sheet names skipped. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth--;
  }
  return deepest;
}

/** Refuses, naming the sheet and cell, a formula the engine cannot evaluate safely. */
export function checkFormula(sheet: string, cell: string, text: string): void {
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING)
    throw new CliError("formula.tooDeep", { cell: `${sheet}!${cell}`, depth, max: MAX_NESTING });
  if (text.length > MAX_FORMULA_LENGTH)
    throw new CliError("formula.tooLong", {
      cell: `${sheet}!${cell}`,
      length: text.length,
      max: MAX_FORMULA_LENGTH,
    });
}
