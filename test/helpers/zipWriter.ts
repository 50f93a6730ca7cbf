/** A minimal zip writer (deflate), for building broken and hostile packages in tests. */
import * as zlib from "node:zlib";

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Claimed unpacked size, to forge a central directory. */
  claimedSize?: number;
  /** Already deflated bytes to store as the part's data (data is then ignored but for its CRC). */
  raw?: Buffer;
}

export interface ZipOptions {
  /** The entry count the end record states (the real count when not given). */
  statedCount?: number;
  /** Write zip64 records: sizes and offsets in zip64 extra fields, a zip64 end record and locator. */
  zip64?: boolean;
}

function zip64Extra(uncompressed: number, compressed: number, offset?: number): Buffer {
  const fields = offset === undefined ? [uncompressed, compressed] : [uncompressed, compressed, offset];
  const extra = Buffer.alloc(4 + fields.length * 8);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(fields.length * 8, 2);
  fields.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + i * 8));
  return extra;
}

export function zip(parts: ZipPart[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const big = options.zip64 === true;
  for (const part of parts) {
    const packed = part.raw ?? zlib.deflateRawSync(part.data);
    const name = Buffer.from(part.name, "utf8");
    const crc = zlib.crc32(part.data);
    const size = part.claimedSize ?? part.data.length;
    const localExtra = big ? zip64Extra(size, packed.length) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(big ? 45 : 20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(big ? 0xffffffff : packed.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    locals.push(local, name, localExtra, packed);
    const centralExtra = big ? zip64Extra(size, packed.length, offset) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(big ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(big ? 0xffffffff : packed.length, 20);
    central.writeUInt32LE(big ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(big ? 0xffffffff : offset, 42);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const count = options.statedCount ?? parts.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(big ? 0xffff : count, 8);
  end.writeUInt16LE(big ? 0xffff : count, 10);
  end.writeUInt32LE(big ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(big ? 0xffffffff : offset, 16);
  if (!big) return Buffer.concat([...locals, directory, end]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, end64, locator, end]);
}

/**
 * Raw deflate data that inflates to `bytes` zero bytes, built from one independently flushed
 * 16 MB chunk repeated: a gigabyte costs about a megabyte, and seconds are never spent making it.
 */
export function deflatedZeros(bytes: number): Buffer {
  const chunkSize = 16 * 1024 * 1024;
  const flushed = (size: number) => zlib.deflateRawSync(Buffer.alloc(size), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const chunk = flushed(chunkSize);
  const whole = Math.floor(bytes / chunkSize);
  const rest = bytes - whole * chunkSize;
  // A final empty fixed-Huffman block ends the stream.
  return Buffer.concat([...Array.from({ length: whole }, () => chunk), ...(rest > 0 ? [flushed(rest)] : []), Buffer.from([0x03, 0x00])]);
}

/** The parts of a zip this writer or ExcelJS made, by name (for rebuilding it altered). */
export async function zipEntries(data: Buffer): Promise<ZipPart[]> {
  const JSZip = (await import("jszip")).default;
  const archive = await JSZip.loadAsync(data);
  const parts: ZipPart[] = [];
  for (const entry of Object.values(archive.files)) if (!entry.dir) parts.push({ name: entry.name, data: await entry.async("nodebuffer") });
  return parts;
}
