import { inflateRawSync } from "node:zlib";
import type { ZipEntry } from "./zipDirectory";

/**
 * Inflates one entry, never to more than the size the directory declares (zlib's
 * maxOutputLength), so a directory that understates a part cannot make it inflate unbounded.
 */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50)
    throw new Error(`${entry.name}: damaged zip entry`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) throw new Error(`${entry.name}: unsupported compression ${entry.method}`);
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  if (out.length !== entry.size) throw new Error(`${entry.name}: damaged zip entry (size)`);
  return out;
}
