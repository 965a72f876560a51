import type { ZipEntry } from "./zipDirectory";

/** What a file that is not an .xlsx/.xlsm package turns out to be, for a message that names it. */
export type ForeignKind = "encrypted" | "xls" | "ods" | "xlsb" | "notZip";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = 0x04034b50;

/** True when the bytes hold the UTF-16LE text (a stream name in a compound file directory). */
const hasUtf16 = (buf: Buffer, text: string) => buf.includes(Buffer.from(text, "utf16le"));

/**
 * Classifies a file by its first bytes and, for a zip, its entry names:
 * - an OLE compound file (MS-CFB) is a password-protected workbook when it has the
 *   "EncryptionInfo" stream (MS-OFFCRYPTO), else a legacy .xls;
 * - a zip whose first entry is "mimetype" is an OpenDocument file (.ods);
 * - a zip with xl/workbook.bin is a binary workbook (.xlsb).
 * Undefined: an .xlsx/.xlsm package as far as the names tell.
 */
export function foreignKind(
  bytes: Uint8Array,
  entries: readonly ZipEntry[] | undefined
): ForeignKind | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (CFB.every((b, i) => buf[i] === b))
    return hasUtf16(buf, "EncryptionInfo") || hasUtf16(buf, "EncryptedPackage")
      ? "encrypted"
      : "xls";
  if (buf.length < 4 || buf.readUInt32LE(0) !== ZIP) return "notZip";
  if (!entries) return undefined;
  const names = new Set(entries.map((e) => e.name));
  if (names.has("mimetype") && !names.has("[Content_Types].xml")) return "ods";
  if (names.has("xl/workbook.bin")) return "xlsb";
  return undefined;
}
