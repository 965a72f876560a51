/**
 * The CLI's runtime messages in English. This object defines the catalogue's ids and, per id,
 * its `{placeholders}`: the Finnish and Swedish catalogues must have the same ids (TypeScript
 * refuses a missing or extra one) and the same placeholders (a test checks). A file's path,
 * a cell ("Sheet!A1"), a code ("#NAME?") and numbers are filled in as they are.
 */
export const en = {
  "output.isInput": "{path} is the input: add --in-place to overwrite it",
  "usage.missingArgument": "error: missing required argument '{name}'",
  "usage.optionArgument": "error: option '{option}' argument missing",
  "usage.unknownOption": "error: unknown option '{option}'",
  "usage.unknownCommand": "error: unknown command '{command}'",
  "usage.tooManyArguments":
    "error: too many arguments for '{command}': expected {expected}, got {got}",
  "usage.didYouMean": "(Did you mean {suggestion}?)",
  "write.failed": "{path}: cannot write ({why})",
  "file.missing": "{path}: no such file",
  "file.unreadable": "{path}: cannot read ({why})",
  "file.notAFile": "{path}: not a file",
  "file.tooLarge": "{path}: refused: {size} MiB on disk (limit {limit} MiB)",
  "kind.encrypted":
    "{path}: a password-protected (encrypted) workbook: open it in Excel and save it without a password",
  "kind.xls": "{path}: a legacy .xls workbook (binary): save it as .xlsx in Excel",
  "kind.ods": "{path}: an OpenDocument spreadsheet (.ods): save it as .xlsx",
  "kind.xlsb": "{path}: a binary .xlsb workbook: save it as .xlsx in Excel",
  "kind.notZip": "{path}: not an .xlsx workbook (not a zip file)",
  "zip.noDirectory": "{path}: cannot read the workbook (no zip directory)",
  "zip.tooManyEntries": "{path}: refused: {count} zip entries (limit {limit})",
  "zip.tooLarge":
    "{path}: refused: it would inflate to {size} MiB (limits {limit} MiB in all, {partLimit} MiB a part)",
  "workbook.damaged": "{path}: cannot read the workbook ({detail})",
  "workbook.damagedSheet": "{path}: cannot read the workbook ({sheet}: {detail})",
  "workbook.noWorkbookPart": "{path}: cannot read the workbook (no xl/workbook.xml)",
  "workbook.noWorksheets": "{path}: the workbook has no worksheets",
  "workbook.missingPart": "{path}: the package has no part {part}",
  "workbook.cannotCompute": "{path}: cannot compute the workbook ({detail})",
  "sheet.tooManyRows":
    "{sheet}: {rows} rows; Excel and the calculator handle at most {max} rows a sheet",
  "formula.tooDeep":
    "{cell}: the formula nests {depth} levels deep (the calculator evaluates up to {max}; Excel allows 64 nested functions)",
  "formula.tooLong": "{cell}: the formula is {length} characters long (Excel's limit is {max})",
  "formula.definedName":
    "{cell}: uses the defined name {name}, which the calculator cannot evaluate (it would write #NAME?)",
  "calc.circular": "{cell}: circular reference (written as 0, as Excel shows it)",
  "calc.spillBlocked": "The spill range is not empty",
  "check.difference": "{cell}: cached {cached}, recalculated {recalculated}",
  "check.summary": "{differ} of {total} formula cells differ from recalculation",
  "snapshot.stale":
    "{path}: {count} cached values are stale ({cells}); run calc --out first, or add --recalculate to freeze the recalculated values",
  "snapshot.more": "{cells} and {more} more",
  "snapshot.done": "replaced {count} TYOALUE formulas with their values → {path}",
} as const;

/** A message of the CLI. */
export type CliMessageId = keyof typeof en;
