import { readFileSync, statSync } from "node:fs";
import { foreignKind, type ForeignKind } from "../templates/package/fileKind";
import { zipDirectory, type ZipEntry } from "../templates/package/zipDirectory";
import { zipEntryBytes } from "../templates/package/zipEntry";
import { CliError } from "./cliError";
import type { CliMessageId } from "./cliMessage";

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
/** The message naming each foreign format. */
const KINDS = {
  encrypted: "kind.encrypted",
  xls: "kind.xls",
  ods: "kind.ods",
  xlsb: "kind.xlsb",
  notZip: "kind.notZip",
} as const satisfies Record<ForeignKind, CliMessageId>;

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
    if (!stat.isFile()) throw new CliError("file.notAFile", { path });
    if (stat.size > LIMITS.totalBytes)
      throw new CliError("file.tooLarge", {
        path,
        size: Math.round(stat.size / MIB),
        limit: LIMITS.totalBytes / MIB,
      });
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? new CliError("file.missing", { path })
      : new CliError("file.unreadable", { path, why: String(code) });
  }
  const entries = zipDirectory(bytes);
  const kind = foreignKind(bytes, entries);
  if (kind) throw new CliError(KINDS[kind], { path });
  if (!entries) throw new CliError("zip.noDirectory", { path });
  if (entries.length > LIMITS.entries)
    throw new CliError("zip.tooManyEntries", {
      path,
      count: entries.length,
      limit: LIMITS.entries,
    });
  const total = entries.reduce((n, e) => n + e.size, 0);
  const big = entries.find((e) => e.size > LIMITS.partBytes);
  if (total > LIMITS.totalBytes || big)
    throw new CliError("zip.tooLarge", {
      path,
      size: Math.round(total / MIB),
      limit: LIMITS.totalBytes / MIB,
      partLimit: LIMITS.partBytes / MIB,
    });
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
        throw new CliError("workbook.damaged", { path, detail: (e as Error).message });
      }
    },
  };
}
