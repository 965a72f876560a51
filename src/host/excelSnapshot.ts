/**
 * Replaces the formulas of a sheet with their current values (two syncs): spilled
 * neighbours are written too, and text results that look like formulas get the text
 * format first so they stay text.
 */

/** Snapshot `name`'s used range; returns how many formula cells were replaced. */
export async function excelSnapshot(ctx: Excel.RequestContext, name: string): Promise<number> {
  const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load(["values", "formulas", "numberFormat"]);
  await ctx.sync();
  if (used.isNullObject) return 0;
  let replaced = 0;
  const formats = used.numberFormat.map((row, r) =>
    row.map((f, c) => {
      const formula = used.formulas[r][c];
      if (typeof formula === "string" && formula.startsWith("=")) replaced++;
      const v = used.values[r][c];
      return typeof v === "string" && /^[=+\-@]/.test(v) ? "@" : f;
    }),
  );
  used.numberFormat = formats;
  used.values = used.values;
  await ctx.sync();
  return replaced;
}
