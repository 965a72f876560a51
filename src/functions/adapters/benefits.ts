import { benefitBands, benefitCost, benefitShare, ok, type BandRow, type Result } from "../../core";
import { numberCell } from "../cells";
import { isBlank, type ExcelArg } from "../excel-value";
import { number, optionalNumber, optionalRange } from "../parse";
import { asMatrix } from "../shape";
import { mapOk, withArgs } from "../with-args";

// Municipal share of unemployment benefits: Excel argument shapes -> core -> Excel values.

/** A band table as typed in a sheet: from day, to day (blank = open), share. The core checks the rules. */
function bandRows(arg: ExcelArg, argId: string): Result<BandRow[]> {
  const rows: BandRow[] = [];
  const cells = asMatrix(arg);
  for (let r = 0; r < cells.length; r++) {
    const row: (number | null)[] = [];
    for (let c = 0; c < cells[r].length; c++) {
      const cell = cells[r][c];
      if (c === 1 && isBlank(cell)) {
        row.push(null);
        continue;
      }
      const v = numberCell(cell, argId, { row: r + 1, col: c + 1 });
      if (!v.ok) return v;
      row.push(v.value);
    }
    rows.push(row);
  }
  return ok(rows);
}

export const BENEFITSHARE = (day: ExcelArg, model: ExcelArg, bands: ExcelArg) =>
  withArgs(
    [
      number(day, "benefitDay"),
      optionalNumber(model, "model"),
      optionalRange(bands, bandRows, "bands"),
    ],
    (d, m, b) => benefitShare(d, m, b)
  );

export const BENEFITCOST = (
  daysBefore: ExcelArg,
  days: ExcelArg,
  daily: ExcelArg,
  model: ExcelArg,
  bands: ExcelArg
) =>
  withArgs(
    [
      number(daysBefore, "daysBefore"),
      number(days, "days"),
      optionalNumber(daily, "dailyAmount"),
      optionalNumber(model, "model"),
      optionalRange(bands, bandRows, "bands"),
    ],
    (before, n, a, m, b) => benefitCost(before, n, a, m, b)
  );

/** The open end of the last band is an empty text: Excel would show a null in an array as 0. */
export const BENEFITBANDS = (model: ExcelArg) =>
  withArgs([optionalNumber(model, "model")], (m) =>
    mapOk(benefitBands(m), (rows) => rows.map((r) => r.map((v) => v ?? "")))
  );
