/**
 * Column letters and 0-based column indexes, the one conversion every room uses
 * (Office.js `getRangeByIndexes` counts from 0; add 1 where a library counts from 1).
 */

/**
 * Column letters for a 0-based index.
 * @example columnLetters(0) // "A"
 * @example columnLetters(26) // "AA"
 */
export function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * The 0-based index of column letters (either case).
 * @example columnIndex("A") // 0
 * @example columnIndex("XFD") // 16383
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
