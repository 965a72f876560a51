/**
 * English message templates. This object defines the catalog's key set: the Finnish and
 * Swedish catalogs are typed `Record<MessageKey, string>`, so TypeScript refuses a missing
 * or extra key. `{where}` is the argument and position (see the `where.*` keys); other
 * `{placeholders}` come from `CalcError.params`. Parameter names ending in `Eur` are shown
 * as euros, in `Pct` as a percentage of a fraction; other numbers in the locale's format.
 */
export const en = {
  "where.arg": "{arg}",
  "where.row": "row {row} of {arg}",
  "where.cell": "row {row}, column {col} of {arg}",
  "cell.blank": "{where} is blank",
  "cell.text": '{where} is the text "{text}", not a number',
  "cell.numberAsText": '{where} is the number "{text}" stored as text; enter it as a number',
  "cell.boolean": "{where} is the logical value {text}, not a number",
  "cell.error": "{where} contains the error {text}",
  "cell.notNumber": "{where} is not a number",
  "cell.notName": "{where} must be a municipality code or name",
  "shape.notLine": "{arg} must be a single row or a single column (it is {rows} × {cols})",
  "shape.lengthMismatch": "{arg} and {other} differ in length ({actual} and {expected} rows)",
  "shape.columns": "{arg} must have {expected} columns (it has {actual})",
  "shape.yearRow": "{arg} must be one value or one row of years (it is {rows} × {cols})",
  "shape.empty": "{arg} is empty",
  "shape.notScalar": "{arg} must be a single cell",
  "count.negative": "{where} is negative ({value}); a count must be 0 or more",
  "count.fractional": "{where} is {value}; a count must be a whole number",
  "number.negative": "{where} must not be negative (it is {value})",
  "number.notFinite": "{where} is not a finite number",
  "number.notInteger": "{where} must be a whole number (it is {value})",
  "number.tooLarge": "{where} is {value}; at most {max} is allowed",
  "ratio.aboveOne":
    "{where} is {value}, above 1; ratios are fractions: did you mean {hint} ({hintPct})?",
  "ratio.negative": "{where} is {value}; a ratio must be between 0 and 1",
  "change.tooLarge":
    "{where} is {value}; a yearly change is a fraction between −1 and 1: did you mean {hint} ({hintPct})?",
  "change.belowMinusOne":
    "{where} is {value}; the labour force cannot fall by more than 100 % a year",
  "positive.notPositive": "{where} must be greater than 0 (it is {value})",
  "weights.allZero": "{where}: all values are zero, so there is nothing to apportion by",
  "weights.sumNotOne": "{arg} adds up to {sum}, not 1",
  "steps.notWhole": "{where} ({value}) is not a whole number of steps of {step}",
  "money.fractionOfCent": "{where} ({value}) has fractions of a cent; round it to whole cents",
  "cap.exceeded":
    "the budget {budgetEur} exceeds the cap {capEur} ({ratioPct} of the members' state subsidies) by {overEur}",
  "cap.exceededIn":
    "year column {col}: the budget {budgetEur} exceeds the cap {capEur} ({ratioPct} of the members' state subsidies) by {overEur}",
  "municipality.unknown": '{where}: no municipality matches "{text}"',
  "municipality.duplicate": "{where}: {name} is listed twice (first in row {first})",
  "municipality.selfPair": "{where}: a municipality cannot be its own neighbour ({name})",
  "model.unknown": "{where}: unknown model {text}; use 2025, 2015 or 2006",
  "field.unknown": '{where}: unknown field "{text}"; use code, fi, sv or region',
  "area.belowMinimum": "the labour force {value} is already below the minimum {minimum}",
  "forming.groupTooSmall":
    "no areas can be formed: the group {names} borders no other municipality of the table and has a labour force of {value}, below the minimum {minimum}",
  "forming.memberNotInTable": "{where}: {name} is not in the table of municipalities",
  "forming.notConnectable":
    "{names} cannot be joined into one connected area through the municipalities of the table",
  "forming.cannotReach":
    "{names}: only {value} even with every municipality of the table that connects to them ({count} more); the minimum is {minimum}",
  "forming.searchTooLarge":
    "no suggestion for {names}: more than {max} sets of municipalities would have to be tried; give a smaller table, such as the region's municipalities",
  "bands.firstDay": "{arg}: the first band must start at day 1 (it starts at day {value})",
  "bands.gap":
    "{where}: the band starts at day {value} but the previous one ended at day {previous}",
  "bands.endBeforeStart": "{where}: the band ends at day {value}, before it starts (day {start})",
  "bands.notCovered":
    "{arg}: the last band ends at day {value}; leave its end blank or cover day {needed}",
  "bands.openNotLast": "{where}: only the last band may be open-ended",
  "result.outOfRange": "{where} ({value}) makes the result too large to compute",
  "value.invalid": "{where} is not valid",
} as const satisfies Record<string, string>;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;

/** A complete catalog: every key, one template each. */
export type Catalog = Readonly<Record<MessageKey, string>>;
