import { crc32, constants, deflateRawSync } from "node:zlib";

/** One entry to store: its name, deflated bytes, and what the directory declares about it. */
export interface RawEntry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly size: number;
  readonly crc: number;
}

/** A deflated entry from real content. */
export const entry = (name: string, content: string | Buffer): RawEntry => {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/**
 * A deflated entry of `mib` MiB of zero bytes, built without inflating anything that big:
 * one MiB of zeros deflated with a full flush is a self-contained, byte-aligned run of
 * blocks, so the same bytes repeated inflate to that many MiB; an empty final block ends it.
 * The CRC is left 0 (a reader must refuse the entry before it could check it).
 */
export function zeros(name: string, mib: number): RawEntry {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  const deflated = Buffer.concat([...Array.from({ length: mib }, () => chunk), end]);
  return { name, deflated, size: Math.min(mib * 1024 * 1024, 0xffffffff), crc: 0 };
}

/** A zip file (APPNOTE 4.3) of the entries as given: local headers, data, central directory. */
export function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
