import { readFileSync, statSync } from "node:fs";
import { foreignKind, type ForeignKind } from "../templates/package/fileKind";
import { zipDirectory, type ZipEntry } from "../templates/package/zipDirectory";
import { zipEntryBytes } from "../templates/package/zipEntry";
import { CliError } from "./cliError";

/** Limits checked from the zip directory before anything is inflated. */
export const LIMITS = {
  /** Parts in one package (Excel's own files have tens to a few hundred). */
  entries: 10_000,
  /** Total inflated size: a full 1 048 576-row sheet of a few columns fits. */
  totalBytes: 512 * 1024 * 1024,
  /** One part: below the longest string V8 can hold. */
  partBytes: 400 * 1024 * 1024,
};

const MIB = 1024 * 1024;
const KINDS: Record<ForeignKind, string> = {
  encrypted:
    "a password-protected (encrypted) workbook: open it in Excel and save it without a password",
  xls: "a legacy .xls workbook (binary): save it as .xlsx in Excel",
  ods: "an OpenDocument spreadsheet (.ods): save it as .xlsx",
  xlsb: "a binary .xlsb workbook: save it as .xlsx in Excel",
  notZip: "not an .xlsx workbook (not a zip file)",
};

/** An .xlsx/.xlsm package read lazily: the bytes, the directory and bounded part reads. */
export interface OpenedPackage {
  readonly path: string;
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
  /** A part's text, or undefined when the package has no such part. */
  text(name: string): string | undefined;
}

/**
 * Opens a workbook package: refuses what is not a file, names a foreign format (encrypted,
 * .xls, .ods, .xlsb), and checks entry count and declared sizes before inflating anything.
 */
export function openPackage(path: string): OpenedPackage {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliError(`${path}: not a file`);
    if (stat.size > LIMITS.totalBytes)
      throw new CliError(
        `${path}: refused: ${Math.round(stat.size / MIB)} MiB on disk (limit ${LIMITS.totalBytes / MIB} MiB)`
      );
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === "ENOENT" ? "no such file" : `cannot read (${code})`}`);
  }
  const entries = zipDirectory(bytes);
  const kind = foreignKind(bytes, entries);
  if (kind) throw new CliError(`${path}: ${KINDS[kind]}`);
  if (!entries) throw new CliError(`${path}: cannot read the workbook (no zip directory)`);
  if (entries.length > LIMITS.entries)
    throw new CliError(`${path}: refused: ${entries.length} zip entries (limit ${LIMITS.entries})`);
  const total = entries.reduce((n, e) => n + e.size, 0);
  const big = entries.find((e) => e.size > LIMITS.partBytes);
  if (total > LIMITS.totalBytes || big)
    throw new CliError(
      `${path}: refused: it would inflate to ${Math.round(total / MIB)} MiB ` +
        `(limits ${LIMITS.totalBytes / MIB} MiB in all, ${LIMITS.partBytes / MIB} MiB a part)`
    );
  const byName = new Map(entries.map((e) => [e.name, e]));
  return {
    path,
    bytes,
    entries,
    text(name) {
      const entry = byName.get(name);
      if (!entry) return undefined;
      try {
        return zipEntryBytes(bytes, entry).toString("utf8");
      } catch (e) {
        throw new CliError(`${path}: cannot read the workbook (${(e as Error).message})`);
      }
    },
  };
}
