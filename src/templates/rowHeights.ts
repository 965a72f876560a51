/**
 * Row heights for wrapped text. exceljs does not size rows and LibreOffice keeps the file's
 * height, so a two-line header written at the default 15 pt runs over the first data row.
 *
 * A column's width counts the digit "0" of Calibri 11. Readers without Calibri draw DejaVu
 * Sans, which is wider: LibreOffice's renders of these templates fit about 1.2 characters
 * of running text per width unit, and bold headers about 1.1. Counting 1.1 and 1.0 leaves
 * Excel's rows a little roomy and keeps LibreOffice's readable.
 */
const CHARS_PER_UNIT = { regular: 1.1, bold: 1.0 };
/** Points per line of 11-point text, and the padding Excel adds to a row. */
const LINE_PT = 15;
const PAD_PT = 3;

/** How many lines `text` takes in a column `width` units wide, wrapping between words. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor(width * CHARS_PER_UNIT[bold ? "bold" : "regular"]));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= room) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    const extra = Math.ceil(word.length / room) - 1;
    lines += extra;
    used = word.length - extra * room;
  }
  return lines;
}

/** The height (points) of a row whose tallest cell takes `lines` lines; undefined for one. */
export const rowHeight = (lines: number): number | undefined =>
  lines > 1 ? LINE_PT * lines + PAD_PT : undefined;
