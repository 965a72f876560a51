/**
 * A shared formula's text as it reads in another cell (Excel stores it once, in the master
 * cell, with `<f t="shared" si>`): relative A1 references move by the offset, `$` parts stay,
 * quoted text and sheet names are left alone.
 * @example shiftFormula("SUM(A1:B$2)*$C3", 2, 1) // "SUM(B3:C$2)*$C5"
 */
export function shiftFormula(text: string, rows: number, cols: number): string {
  const colName = (n: number) => {
    let s = "";
    for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
      s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  const colNumber = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return text.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (whole, quoted: string | undefined, dc: string, c: string, dr: string, r: string) => {
      if (quoted) return whole;
      const col = dc ? c : colName(colNumber(c) + cols);
      const row = dr ? r : String(Number(r) + rows);
      return `${dc}${col}${dr}${row}`;
    }
  );
}
