/** One entry of a zip file's central directory, as the directory declares it. */
export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads a zip's central directory without inflating anything (APPNOTE 4.3.12/4.3.16): the
 * names and declared sizes of its entries. Returns undefined when the bytes have no readable
 * directory. ZIP64 archives (sizes 0xFFFFFFFF) are reported with that size, which any limit
 * on the declared size then refuses.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  let end = -1;
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      method: buf.readUInt16LE(at + 10),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
