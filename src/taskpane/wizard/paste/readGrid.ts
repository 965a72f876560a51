/** A pasted block (tab-separated lines, as Excel copies cells) as rows of trimmed cells. */
import { parseUserNumber } from "../parseUserNumber";

/**
 * Rows of cells; trailing empty lines dropped.
 * @example readGrid("Kunta\tTyövoima\r\nAlajärvi\t4 100\r\n") // [["Kunta","Työvoima"],["Alajärvi","4 100"]]
 */
export function readGrid(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "")
    .split("\n")
    .map((line) => line.split("\t").map((c) => c.trim()));
}

/** Whether a cell reads as a number in any of the pane's languages (money signs allowed). */
export const isNumberCell = (cell: string): boolean => parseUserNumber(cell) !== undefined;
