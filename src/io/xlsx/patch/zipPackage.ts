/**
 * The .xlsx package as a zip read and rewritten by hand: parts that are not replaced are copied
 * with their original local header and compressed bytes, so they come out byte for byte as
 * they went in; replaced and added parts are deflated with Node's own zlib.
 */
import * as zlib from "node:zlib";
import { entryData, zipSignatures as signatures, type ZipEntry } from "../zip/centralDirectory";
import { crc32 } from "../zip/crc32";
import type { ZipParts } from "../zip/zipParts";
import { readPackageParts } from "../nodeZip";

/** A part's deflated bytes, with the CRC-32 and the size of what they inflate to. */
export interface DeflatedPart {
  compressed: Buffer;
  crc: number;
  size: number;
}

/** A part deflated as soon as it was written: its local header, name and data, and its central record. */
interface PackedPart {
  local: Buffer[];
  central: Buffer;
  compressed: Buffer;
}

export class ZipPackage {
  private readonly entries: ZipEntry[];
  private readonly replaced = new Map<string, Buffer | PackedPart>();
  private readonly removed = new Set<string>();

  /** `parts`: the package as read and checked under the limits; `onDemand`: parts not in it are inflated when read. */
  private constructor(
    private readonly data: Buffer,
    private readonly parts: ZipParts,
    private readonly onDemand = false,
  ) {
    this.entries = parts.entries;
  }

  static load(data: Buffer, parts: ZipParts = readPackageParts(data)): ZipPackage {
    return new ZipPackage(data, parts);
  }

  /** A package with no parts yet, for writing a new one part by part. */
  static empty(): ZipPackage {
    return new ZipPackage(Buffer.alloc(0), { entries: [], parts: new Map(), unpackedBytes: 0 });
  }

  /**
   * The package with each part inflated only when read: for adding a few parts to a large
   * package, whose other parts are copied as they are, packed.
   */
  static loadOnDemand(data: Buffer): ZipPackage {
    return new ZipPackage(data, readPackageParts(data, () => false), true);
  }

  names(): string[] {
    return [...this.entries.map((e) => e.name).filter((n) => !this.removed.has(n)), ...[...this.replaced.keys()].filter((n) => !this.entries.some((e) => e.name === n))];
  }

  has(name: string): boolean {
    return this.replaced.has(name) || (!this.removed.has(name) && this.entries.some((e) => e.name === name));
  }

  /** A part's bytes, or null when the package has no such part. */
  read(name: string): Buffer | null {
    const replaced = this.replaced.get(name);
    if (replaced) return Buffer.isBuffer(replaced) ? replaced : zlib.inflateRawSync(replaced.compressed);
    if (this.removed.has(name)) return null;
    const bytes = this.parts.parts.get(name) ?? (this.onDemand && this.entries.some((e) => e.name === name) ? readPackageParts(this.data, (n) => n === name).parts.get(name) : undefined);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
  }

  /** `content`: the part's text, or its bytes as they are to be stored. */
  write(name: string, content: string | Buffer): void {
    this.removed.delete(name);
    this.replaced.set(name, typeof content === "string" ? Buffer.from(content, "utf8") : content);
  }

  /** Adds a part that is deflated already (written piece by piece, see partDeflater.ts). */
  writeDeflated(name: string, part: DeflatedPart): void {
    this.removed.delete(name);
    const [local, central] = packedEntry(name, part);
    this.replaced.set(name, { local, central, compressed: part.compressed });
  }

  remove(name: string): void {
    this.replaced.delete(name);
    this.removed.add(name);
  }

  /** The rewritten package. */
  bytes(): Buffer {
    const out: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    const emit = (local: Buffer[], central: Buffer) => {
      const record = Buffer.from(central);
      record.writeUInt32LE(offset, 42);
      directory.push(record);
      for (const piece of local) {
        out.push(piece);
        offset += piece.length;
      }
    };
    for (const entry of this.entries) {
      if (this.removed.has(entry.name)) continue;
      const central = this.data.subarray(entry.centralStart, entry.centralStart + entry.centralLength);
      const replaced = this.replaced.get(entry.name);
      const text = (replaced === undefined ? undefined : Buffer.isBuffer(replaced) ? replaced : this.read(entry.name)) ?? (entry.zip64 && !entry.name.endsWith("/") ? this.read(entry.name) : undefined);
      // A zip64 record states its offset in an extra field: such parts are written anew.
      if (text) emit(...deflated(entry.name, text, central));
      else if (!entry.zip64) emit([this.rawLocal(entry)], central);
    }
    const known = new Set(this.entries.map((e) => e.name));
    for (const [name, text] of this.replaced) {
      if (known.has(name)) continue;
      if (Buffer.isBuffer(text)) emit(...deflated(name, text));
      else emit(text.local, text.central);
    }
    const centralStart = offset;
    const centralBytes = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(signatures.end, 0);
    end.writeUInt16LE(directory.length, 8);
    end.writeUInt16LE(directory.length, 10);
    end.writeUInt32LE(centralBytes.length, 12);
    end.writeUInt32LE(centralStart, 16);
    return Buffer.concat([...out, centralBytes, end]);
  }

  /** The entry's local header, data and data descriptor (when it has one), as they stand. */
  private rawLocal(entry: ZipEntry): Buffer {
    const { headerStart: start, dataEnd } = entryData(this.data, entry);
    let end = dataEnd;
    if (entry.flags & 0x08) end += this.data.readUInt32LE(end) === signatures.descriptor ? 16 : 12;
    return this.data.subarray(start, end);
  }
}

/** Node's own CRC-32 (from Node 20.15), many times faster on a recap's megabytes than LKE's; given a CRC so far, it goes on from it. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The CRC-32 of `data`, going on from `previous` (the CRC of the bytes before it). */
export function partCrc32(data: Uint8Array, previous = 0): number {
  // Nothing more leaves the CRC as it was; zlib would give 0 for an empty buffer that has no memory behind it.
  if (data.length === 0) return previous;
  return zlibCrc32 ? zlibCrc32(data, previous) : crc32(data, previous);
}

/** A local header, name and deflated data, and its central record (dates kept from `like`). */
function deflated(name: string, data: Buffer, like?: Buffer): [Buffer[], Buffer] {
  return packedEntry(name, { compressed: zlib.deflateRawSync(data, { level: 1 }), crc: partCrc32(data), size: data.length }, like);
}

/** The same for a part deflated already. */
function packedEntry(name: string, { compressed, crc, size }: DeflatedPart, like?: Buffer): [Buffer[], Buffer] {
  const nameBytes = Buffer.from(name, "utf8");
  const utf8Flag = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
  const time = like ? like.readUInt16LE(12) : 0;
  const date = like ? like.readUInt16LE(14) : 0x21; // 1980-01-01
  // The local header and the central record share these fields, two bytes apart.
  const common = (header: Buffer, at: number) => {
    header.writeUInt16LE(20, at); // version needed
    header.writeUInt16LE(utf8Flag, at + 2);
    header.writeUInt16LE(8, at + 4); // deflate
    header.writeUInt16LE(time, at + 6);
    header.writeUInt16LE(date, at + 8);
    header.writeUInt32LE(crc, at + 10);
    header.writeUInt32LE(compressed.length, at + 14);
    header.writeUInt32LE(size, at + 18);
    header.writeUInt16LE(nameBytes.length, at + 22);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(signatures.local, 0);
  common(local, 4);
  const central = Buffer.alloc(46 + nameBytes.length);
  central.writeUInt32LE(signatures.central, 0);
  central.writeUInt16LE(20, 4); // version made by
  common(central, 6);
  nameBytes.copy(central, 46);
  return [[local, nameBytes, compressed], central];
}
